package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A wrapping label that measures once per width still follows every change of text, font and width. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class WrapLabelTest {
    private static final String LONG = "Longquan and Xiaoshan have run a provincial industrial park together since 2012. ".repeat(3);
    private WrapLabel label;
    private VBox box;
    private double width = 200;

    @Start
    void start(Stage stage) {
        label = new WrapLabel("Longquan");
        box = new VBox(label);
        // its own stage: the shared one's size is another test class's business
        Stage own = new Stage();
        own.setScene(new Scene(new javafx.scene.layout.Pane(box), 400, 600));
        own.show();
    }

    @Test
    void itsHeightFollowsTheTextTheFontAndTheWidth(FxRobot robot) {
        double[] h = new double[5];
        robot.interact(() -> {
            h[0] = laidOut();
            label.setText(LONG);
            h[1] = laidOut();
            label.setStyle("-fx-font-size: 20px;");
            h[2] = laidOut();
            width = 400;
            h[3] = laidOut();
            label.setText("Longquan");
            h[4] = laidOut();
        });
        assertTrue(h[1] > 3 * h[0], "the long text wraps to more lines: " + h[0] + " → " + h[1]);
        assertTrue(h[2] > 1.3 * h[1], "a larger font takes more room: " + h[1] + " → " + h[2]);
        assertTrue(h[3] < 0.75 * h[2], "a wider box takes fewer lines: " + h[2] + " → " + h[3]);
        assertTrue(h[4] < 0.5 * h[3], "a short text again takes one line: " + h[3] + " → " + h[4]);
        assertEquals(label.prefHeight(label.getWidth()), label.getHeight(), 0.01);
    }

    private double laidOut() {
        box.applyCss();
        box.resize(width, 600);
        box.layout();
        return label.getHeight();
    }
}
