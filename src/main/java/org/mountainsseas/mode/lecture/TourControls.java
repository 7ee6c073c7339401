package org.mountainsseas.mode.lecture;

import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.mountainsseas.state.AppState;

/** The tour picker's and editor's buttons: an id for tests, a label in the user's language. */
final class TourControls {
    private TourControls() {
    }

    static Button button(AppState state, String id, String key, EventHandler<ActionEvent> action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(state.tr(key));
        b.setOnAction(action);
        return b;
    }

    /** A window's scene with the picker's and editor's stylesheet. */
    static javafx.scene.Scene scene(javafx.scene.Parent root, double width, double height) {
        javafx.scene.Scene scene = new javafx.scene.Scene(root, width, height);
        scene.getStylesheets().add(TourControls.class.getResource("tours.css").toExternalForm());
        return scene;
    }

    static Tooltip tip(AppState state, String key) {
        Tooltip t = new Tooltip();
        t.textProperty().bind(state.tr(key));
        return t;
    }
}
