package org.mountainsseas.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;

/**
 * Finds text a person cannot read whole under a node: a label, button or menu whose skin shows
 * less than its text (cut to "…"), a control that runs past the window's right edge, or a text
 * field's prompt wider than the field. Only what is shown counts. Call on the FX thread, laid out.
 */
public final class CutOff {
    private CutOff() {
    }

    /** One line per piece of text that is cut off; empty when everything can be read. */
    public static List<String> under(Node root) {
        List<String> out = new ArrayList<>();
        visit(root, out);
        return out;
    }

    private static void visit(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            check(l, out);
        }
        if (n instanceof TextField f && f.getPromptText() != null && !f.getPromptText().isEmpty() && f.getText().isEmpty()) {
            Text prompt = new Text(f.getPromptText());
            prompt.setFont(f.getFont());
            Insets in = f.getInsets();
            double room = f.getWidth() - in.getLeft() - in.getRight();
            if (prompt.getLayoutBounds().getWidth() > room + 0.5) {
                out.add(describe(f) + " prompt \"" + f.getPromptText() + "\" needs " + width(prompt.getLayoutBounds().getWidth())
                        + " px, has " + width(room));
            }
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                visit(child, out);
            }
        }
    }

    private static void check(Labeled l, List<String> out) {
        // the skin draws the text in a Text child; a menu button hands its text on to an inner label, checked in turn
        for (Node child : l.getChildrenUnmodifiable()) {
            if (child instanceof Text shown && child.isVisible() && !l.getText().equals(shown.getText())) {
                out.add(describe(l) + " shows \"" + shown.getText() + "\" of \"" + l.getText() + "\"");
            }
        }
        if (l.getScene() != null) {
            Bounds b = l.localToScene(l.getLayoutBounds());
            if (b.getMaxX() > l.getScene().getWidth() + 0.5) {
                out.add(describe(l) + " \"" + l.getText() + "\" runs past the window's edge (" + width(b.getMaxX())
                        + " > " + width(l.getScene().getWidth()) + ")");
            }
        }
    }

    private static String describe(Node n) {
        return n.getClass().getSimpleName() + (n.getId() != null ? "#" + n.getId() : "");
    }

    private static String width(double px) {
        return String.valueOf(Math.round(px));
    }
}
