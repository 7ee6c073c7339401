package org.mountainsseas.map;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapFlingTest {
    private MapPane map;
    private AppState state;

    @Start
    void start(Stage stage) {
        World world = TestWorld.bundled();
        state = TestWorld.state(Language.EN);
        map = new MapPane(state, world.atlas(), MapStyle.standard(), world.cityOutlines());
        stage.setScene(new Scene(map, 900, 700));
        stage.show();
    }

    private void fire(EventType<MouseEvent> type, double x, double y, boolean still) {
        Node view = map.getChildren().get(0);
        boolean down = type != MouseEvent.MOUSE_RELEASED;
        Event.fireEvent(view, new MouseEvent(type, x, y, x, y, MouseButton.PRIMARY, 1, false, false, false, false,
                down, false, false, true, false, still, new PickResult(view, x, y)));
    }

    @Test
    void aDragReleasedInMotionGlidesOnAndStops(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        double[] atRelease = new double[1];
        robot.interact(() -> {
            fire(MouseEvent.MOUSE_PRESSED, 400, 300, true);
            for (int i = 1; i <= 5; i++) {
                fire(MouseEvent.MOUSE_DRAGGED, 400 + i * 20, 300, false);
            }
            fire(MouseEvent.MOUSE_RELEASED, 500, 300, false);
            atRelease[0] = map.camera().tx();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !map.moving()).get());
        assertTrue(map.camera().tx() > atRelease[0] + 20, "the map glided on to the right after the release");
    }

    @Test
    void goingHomeDuringAGlideEndsAtHome(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        double[] home = new double[2];
        robot.interact(() -> {
            home[0] = map.camera().tx();
            home[1] = map.camera().ty();
            fire(MouseEvent.MOUSE_PRESSED, 400, 300, true);
            for (int i = 1; i <= 5; i++) {
                fire(MouseEvent.MOUSE_DRAGGED, 400 + i * 40, 300, false);
            }
            fire(MouseEvent.MOUSE_RELEASED, 600, 300, false);
            state.goHome();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> !map.moving()).get());
        assertEquals(home[0], map.camera().tx(), 1, "the glide was cancelled, not resumed after the flight home");
        assertEquals(home[1], map.camera().ty(), 1);
    }

    @Test
    void aDragThatStopsBeforeReleaseStaysPut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            fire(MouseEvent.MOUSE_PRESSED, 400, 300, true);
            fire(MouseEvent.MOUSE_RELEASED, 400, 300, true);
        });
        assertFalse(map.moving(), "a tap does not glide");
    }
}
