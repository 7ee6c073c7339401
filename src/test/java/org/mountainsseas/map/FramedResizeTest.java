package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Counties a camera request framed (a lecture step, a search) stay framed when the window changes
 * size, as the lecture window does when the presenter view opens beside it; once someone moves the
 * map, a new size leaves the view where it is. Runs in a window of its own, so the stage TestFX
 * shares between test classes keeps its size.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FramedResizeTest {
    /** Wenzhou's Rui'an and Taishun, Jiaxing's Xiuzhou and Lishui's Longquan: north to south. */
    private static final List<String> FRAMED = List.of("330381", "330329", "330411", "331181");
    private Stage own;
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        own = new Stage();
        ui = MapHarness.show(own);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(own::close);
    }

    @Test
    void framedCountiesStayInViewWhenTheWindowNarrows(FxRobot robot) throws Exception {
        frame(robot);
        robot.interact(() -> own.setWidth(own.getWidth() * 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(allInView(), "every framed county is still on the map after the window narrowed");
    }

    @Test
    void aMovedMapIsLeftWhereItIsWhenTheWindowNarrows(FxRobot robot) throws Exception {
        frame(robot);
        MapCamera camera = ui.map().camera();
        robot.interact(() -> {
            ui.map().requestFocus();
            ui.map().fireEvent(new javafx.scene.input.KeyEvent(javafx.scene.input.KeyEvent.KEY_PRESSED, "", "",
                    javafx.scene.input.KeyCode.LEFT, false, false, false, false));
        });
        double zoom = camera.zoom();
        robot.interact(() -> own.setWidth(own.getWidth() * 0.6));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoom, camera.zoom(), 1e-9, "no re-fit after the map was moved");
    }

    private void frame(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn());
        robot.interact(() -> ui.state.focusAll(FRAMED));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !ui.map().moving() && allInView());
    }

    /** Whether every framed county's bounds lie inside the map's area. */
    private boolean allInView() {
        MapCamera c = ui.map().camera();
        double w = ui.map().getWidth(), h = ui.map().getHeight();
        for (String adcode : FRAMED) {
            Shape s = org.mountainsseas.testing.TestWorld.bundled().atlas().county(adcode);
            if (c.screenX(s.bounds().minX()) < -1 || c.screenX(s.bounds().maxX()) > w + 1
                    || c.screenY(s.bounds().minY()) < -1 || c.screenY(s.bounds().maxY()) > h + 1) {
                return false;
            }
        }
        return true;
    }
}
