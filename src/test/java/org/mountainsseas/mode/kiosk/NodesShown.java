package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;

/** The scene graph as a visitor sees it: every node under a root, and whether a node is shown. */
final class NodesShown {
    private NodesShown() {
    }

    /** The root and every node under it, including controls' skins. */
    static List<Node> all(Node root) {
        List<Node> out = new ArrayList<>();
        out.add(root);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof Parent p) {
                out.addAll(p.getChildrenUnmodifiable());
            }
        }
        return out;
    }

    /** Whether a node and all its parents are visible. */
    static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
