package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.testing.MapMouse;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A mouse over a county shows its name; a touch (a synthesized move) never leaves a tip behind. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HoverTipTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private void move(FxRobot robot, boolean touch) {
        robot.interact(() -> MapMouse.fire(ui.map(), "331181", MouseEvent.MOUSE_MOVED, MouseButton.NONE, 0, touch));
    }

    private boolean tipShown() {
        return ui.map().lookupAll(".hover-tip").stream().anyMatch(Node::isVisible);
    }

    @Test
    void theMouseShowsANameAndATouchTakesItAway(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        move(robot, false);
        assertEquals("331181", ui.state.hovered());
        assertTrue(tipShown(), "a mouse over Longquan shows its name");
        move(robot, true);
        assertNull(ui.state.hovered(), "a finger has no hover");
        assertFalse(tipShown(), "and leaves no tip behind");
    }
}
