package org.mountainsseas.panel;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;

/** Controls a view shows only in some modes (e.g. not on a kiosk): hidden ones take no room either. */
public final class Shown {
    private Shown() {
    }

    /** Shows {@code control}, and gives it room, only while {@code condition} holds. */
    public static void onlyWhen(Node control, ObservableBooleanValue condition) {
        control.visibleProperty().bind(condition);
        control.managedProperty().bind(control.visibleProperty());
    }
}
