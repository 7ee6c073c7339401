package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presenting as a teacher does: the theme key never blanks the map, and presenting fills the screen. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LecturePresentTest {
    private AppState state;
    private Scene scene;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = TestWorld.state(Language.EN);
        MainWindow window = new MainWindow(state, TestWorld.bundled(), url -> { });
        scene = new Scene(window, 1280, 720);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        ModeStyle.follow(scene, state);
        stage.setScene(scene);
        stage.show();
    }

    private LectureView present(FxRobot robot) {
        robot.clickOn("#present");
        WaitForAsyncUtils.waitForFxEvents();
        return (LectureView) scene.getRoot();
    }

    /** Share of the map's pixels that are not its most common colour: near 0 for a blank map. */
    private static double drawnShare(FxRobot robot, LectureView view) throws Exception {
        Image shot = WaitForAsyncUtils.asyncFx(() -> view.map().snapshot(null, null)).get();
        PixelReader r = shot.getPixelReader();
        Map<Integer, Integer> counts = new HashMap<>();
        int w = (int) shot.getWidth(), h = (int) shot.getHeight(), n = 0;
        for (int y = 0; y < h; y += 3) {
            for (int x = 0; x < w; x += 3) {
                counts.merge(r.getArgb(x, y), 1, Integer::sum);
                n++;
            }
        }
        int most = counts.values().stream().max(Integer::compare).orElse(0);
        return 1 - most / (double) n;
    }

    private static void settle(LectureView view) throws Exception {
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> view.map().settled()).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theThemeKeyNeverBlanksTheMap(FxRobot robot) throws Exception {
        LectureView view = present(robot);
        settle(view);
        double before = drawnShare(robot, view);
        assertTrue(before > 0.3, "the projector map is drawn: " + before);
        for (int i = 0; i < 4; i++) {
            robot.type(KeyCode.T);
            WaitForAsyncUtils.waitForFxEvents();
            double after = drawnShare(robot, view);
            assertTrue(after > 0.3, "after T the " + view.themeProperty().get() + " map is drawn, not blank: " + after);
        }
        robot.type(KeyCode.RIGHT, KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LectureTheme.PRINT, view.themeProperty().get());
        assertTrue(drawnShare(robot, view) > 0.3, "T right after a step change");
    }

    @Test
    void presentAndF5FillTheScreenAndEscLeavesIt(FxRobot robot) {
        assertFalse(stage.isFullScreen());
        present(robot);
        assertTrue(stage.isFullScreen(), "▶ Present fills the screen");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen(), "Esc leaves the full screen");
        assertFalse(scene.getRoot() instanceof LectureView, "and the lecture, with one press");
        robot.clickOn(((MainWindow) scene.getRoot()).map());
        robot.type(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getRoot() instanceof LectureView);
        assertTrue(stage.isFullScreen(), "F5 fills the screen too");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isFullScreen());
    }
}
