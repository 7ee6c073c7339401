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
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.MapMouse;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A mouse over a county shows its name; a touch (a synthesized move) never leaves a tip behind. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class HoverTipTest {
    private AppState state;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = TestWorld.window(stage, state);
    }

    private void move(FxRobot robot, boolean touch) {
        robot.interact(() -> MapMouse.fire(window.map(), "331181", MouseEvent.MOUSE_MOVED, MouseButton.NONE, 0, touch));
    }

    private boolean tipShown() {
        return window.map().lookupAll(".hover-tip").stream().anyMatch(Node::isVisible);
    }

    @Test
    void theMouseShowsANameAndATouchTakesItAway(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        move(robot, false);
        assertEquals("331181", state.hovered());
        assertTrue(tipShown(), "a mouse over Longquan shows its name");
        move(robot, true);
        assertNull(state.hovered(), "a finger has no hover");
        assertFalse(tipShown(), "and leaves no tip behind");
    }
}
