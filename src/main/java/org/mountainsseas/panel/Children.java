package org.mountainsseas.panel;

import java.util.List;
import javafx.collections.ObservableList;
import javafx.scene.Node;

/**
 * Brings a parent's children to a wanted list with the fewest changes. A node that leaves its
 * parent and comes back has its CSS applied anew (JavaFX reapplies CSS on every change of parent),
 * so the views that update in place keep the children they still show where they are and only
 * add or remove the tail that differs.
 */
final class Children {
    private Children() {
    }

    /** Makes {@code children} equal to {@code wanted}, keeping the common start untouched. */
    static void fit(ObservableList<Node> children, List<? extends Node> wanted) {
        int same = 0;
        int n = Math.min(children.size(), wanted.size());
        while (same < n && children.get(same) == wanted.get(same)) {
            same++;
        }
        if (same < children.size()) {
            children.remove(same, children.size());
        }
        if (same < wanted.size()) {
            children.addAll(wanted.subList(same, wanted.size()));
        }
    }

    /** Replaces {@code from} by {@code to} among the node's style classes, if it is not there already. */
    static void swapStyleClass(Node node, String from, String to) {
        if (to.equals(from) || node.getStyleClass().contains(to)) {
            if (from != null && !from.equals(to)) {
                node.getStyleClass().remove(from);
            }
            return;
        }
        int at = from == null ? -1 : node.getStyleClass().indexOf(from);
        if (at >= 0) {
            node.getStyleClass().set(at, to);
        } else {
            node.getStyleClass().add(to);
        }
    }

    /** Sets the node's id unless it has it already: a new id reapplies CSS to the node's whole subtree. */
    static void id(Node node, String id) {
        if (!java.util.Objects.equals(node.getId(), id)) {
            node.setId(id);
        }
    }
}
