package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
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

/** A double-click zooms only if its first click reached the map; otherwise it is a tap. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DoubleClickTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private void click(FxRobot robot, int count) {
        robot.interact(() -> MapMouse.fire(ui.map(), "331181", MouseEvent.MOUSE_CLICKED, MouseButton.PRIMARY, count, false));
    }

    @Test
    void aSecondClickWhoseFirstWasSwallowedSelectsInsteadOfZooming(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn());
        double zoom = ui.map().camera().zoom();
        click(robot, 2);
        assertEquals("331181", ui.state.selected(), "taken as a tap");
        assertEquals(zoom, ui.map().camera().zoom(), 1e-9, "no zoom");
    }

    @Test
    void aWholeDoubleClickSelectsThenZooms(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn());
        double zoom = ui.map().camera().zoom();
        click(robot, 1);
        click(robot, 2);
        assertEquals("331181", ui.state.selected());
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.map().camera().zoom() > zoom + 0.9);
        assertTrue(ui.map().camera().zoom() > zoom);
    }
}
