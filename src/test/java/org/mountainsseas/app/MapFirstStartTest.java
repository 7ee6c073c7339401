package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The ordinary start: the map is shown first, with plain bars where the title, review and timeline
 * bars and the side panel will go, and those are built after the map's first frame.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapFirstStartTest {
    private Stage stage;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void dispose(FxRobot robot) {
        if (window != null) {
            robot.interact(window::dispose);
        }
    }

    private AppState show(FxRobot robot, Language language, int width, int height) {
        AppState state = TestWorld.state(language);
        robot.interact(() -> {
            if (window != null) {
                window.dispose();
            }
            window = new MainWindow(state, TestWorld.bundled(), url -> { }, DataLocation.bundled(),
                    ReviewFiles.userStore(), new FxFilePicker(), true);
            Scene scene = new Scene(window, width, height);
            scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
            stage.setScene(scene);
            stage.show();
        });
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> MapFirstFrame.drawn(window.map()));
        } catch (TimeoutException e) {
            throw new AssertionError("the map was never drawn", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return state;
    }

    /** Saves the window as it stands under target/looks/, to look at. */
    private void look(String name) {
        try {
            var image = WaitForAsyncUtils.asyncFx(() -> javafx.embed.swing.SwingFXUtils.fromFXImage(
                    stage.getScene().snapshot(null), null)).get();
            javax.imageio.ImageIO.write(image, "png",
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "looks")).resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new AssertionError("could not save the look " + name, e);
        }
    }

    @Test
    void theMapIsDrawnBeforeTheBarsAndPanelsAndKeepsItsSizeWhenTheyReplaceThePlaceholders(FxRobot robot) {
        for (Language language : List.of(Language.EN, Language.ZH)) {
            for (int[] size : List.of(new int[] {1280, 800}, new int[] {1180, 760})) {
                String where = language + " " + size[0] + "x" + size[1];
                show(robot, language, size[0], size[1]);
                assertFalse(window.chromeComplete(), where);
                assertTrue(robot.lookup("#language").tryQuery().isEmpty(), "no title bar yet: " + where);
                assertTrue(robot.lookup(".detail-panel").tryQuery().isEmpty(), "no side panel yet: " + where);
                assertEquals(3, robot.lookup(".chrome-placeholder").queryAll().size(), where);
                double w = window.map().getWidth(), h = window.map().getHeight();
                look("map-first-" + where.replace(' ', '-') + "-1-first-frame");

                robot.interact(window::completeChrome);
                WaitForAsyncUtils.waitForFxEvents();
                look("map-first-" + where.replace(' ', '-') + "-2-whole-window");
                assertTrue(window.chromeComplete(), where);
                assertTrue(robot.lookup("#language").tryQuery().isPresent(), "the title bar is built: " + where);
                assertTrue(robot.lookup(".detail-panel").tryQuery().isPresent(), "the side panel is built: " + where);
                assertTrue(robot.lookup(".chrome-placeholder").tryQuery().isEmpty(), where);
                // the placeholders have the sizes the bars come out at, so the map does not jump
                assertEquals(w, window.map().getWidth(), 0.5, "map width: " + where);
                assertEquals(h, window.map().getHeight(), 0.5, "map height: " + where);
            }
        }
    }

    @Test
    void inANarrowWindowWhereTheBarsWrapTheMapRefitsOnceTheyArrive(FxRobot robot) {
        show(robot, Language.EN, 1024, 700);
        double h = window.map().getHeight();
        robot.interact(window::completeChrome);
        WaitForAsyncUtils.waitForFxEvents();
        // the timeline's text takes two lines here: the map is shorter than the placeholders left it
        assertTrue(window.map().getHeight() < h, "the map got shorter");
        assertTrue(MapFirstFrame.drawn(window.map()), "and shows the whole province again");
        assertFalse(window.map().layers().get(0).showingMotionImage(), "crisply");
    }

    @Test
    void aShortcutPressedBeforeTheBarsExistBuildsThemAndWorks(FxRobot robot) {
        show(robot, Language.EN, 1280, 800);
        assertFalse(window.chromeComplete());
        robot.interact(() -> window.map().fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.F,
                false, true, false, false)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.chromeComplete());
        assertTrue(window.reviewBar().search().isFocused(), "Ctrl+F put the keyboard in the search field");
    }

    @Test
    void theReviewAreaIsBuiltWhenFirstOpened(FxRobot robot) {
        AppState state = show(robot, Language.EN, 1280, 800);
        robot.interact(window::completeChrome);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-area").tryQuery().isEmpty(), "closed: not built");
        robot.interact(() -> state.review().setOpen(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-area").tryQuery().isPresent(), "opened: built and shown");
    }
}
