package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.mode.lecture.PresenterView;
import org.mountainsseas.mode.lecture.TourState;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.ManualClock;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The presenter view as a teacher rehearses with it (the headless screen is one screen, so the
 * two-screen choice is {@code ScreenChoiceTest}'s): it shows the next step, either window's clicker
 * keys drive both, the step list jumps, the timer runs on the clock it is given, and closing it
 * leaves nothing behind.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PresenterViewTest {
    private final ManualClock clock = new ManualClock(Instant.parse("2026-03-02T01:00:00Z"), ZoneOffset.ofHours(8));
    private AppState state;
    private MainWindow window;
    private Scene scene;
    private Stage stage;

    /** The windows open before the test's own (TestFX's stage among them). */
    private List<Window> before;

    /**
     * A stage of the test's own: a rehearsal sizes its window, and a stage sized by hand no
     * longer fits a new scene, so the stage the other tests share must not be the one rehearsed in.
     */
    @Start
    void start(Stage primary) {
        before = List.copyOf(Window.getWindows());
        this.stage = new Stage();
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, TestWorld.bundled(), url -> { });
        window.lecture().useClock(clock);
        scene = new Scene(window, 1000, 700);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        ModeStyle.follow(scene, state);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        robot.interact(() -> {
            if (scene.getRoot() instanceof LectureView view) {
                view.leave();
            }
            stage.close();
        });
    }

    /** The windows open now that were not before the test began. */
    private List<Window> opened() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> !before.contains(w)).toList()).get();
    }

    private PresenterView rehearse(FxRobot robot) {
        robot.clickOn("#rehearse");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getRoot() instanceof LectureView, "the lecture runs in the main window");
        PresenterView view = window.lecture().presenterView();
        assertNotNull(view, "and the presenter window is open beside it");
        assertTrue(window.lecture().presenterStage().isShowing());
        assertFalse(stage.isFullScreen(), "a rehearsal stays in windows");
        return view;
    }

    private TourState tour() {
        return ((LectureView) scene.getRoot()).tour();
    }

    private static String text(PresenterView view, String id) {
        return ((Label) view.lookup("#" + id)).getText();
    }

    @Test
    void thePresenterViewShowsTheStepItsNotesAndTheNextStep(FxRobot robot) {
        PresenterView view = rehearse(robot);
        Tour.Step first = tour().tour().steps().get(0);
        Tour.Step second = tour().tour().steps().get(1);
        assertEquals(first.notes().en(), text(view, "presenter-notes"), "the speaker notes");
        assertEquals(first.caption().en(), text(view, "presenter-caption"));
        assertEquals("2. " + second.title().en(), text(view, "presenter-next-title"), "the next step's title");
        assertEquals(1, view.previewStep(), "the small map shows the next step");
        assertEquals("1 / " + tour().size(), text(view, "presenter-counter"));
        assertEquals(0, tour().current(), "looking ahead does not move the audience's tour");
    }

    @Test
    void clickerKeysInEitherWindowDriveBoth(FxRobot robot) {
        PresenterView view = rehearse(robot);
        robot.clickOn("#presenter-notes");
        robot.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tour().current(), "PageDown in the presenter window moves the lecture");
        assertEquals("2 / " + tour().size(), robot.lookup("#lecture-counter").queryAs(Label.class).getText());
        assertEquals("3. " + tour().tour().steps().get(2).title().en(), text(view, "presenter-next-title"));
        robot.type(KeyCode.SPACE, KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tour().current(), "Space and → too");
        robot.type(KeyCode.B);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TourState.Blank.BLACK, tour().blank(), "B blanks the projector from the presenter window");
        assertTrue(view.lookup("#presenter-blank").isVisible(), "and the presenter sees that it is blank");
        robot.type(KeyCode.PERIOD);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(TourState.Blank.NONE, tour().blank());
        robot.clickOn("#lecture-caption");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tour().current(), "a click on the audience's caption advances");
        robot.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tour().current(), "PageUp in the lecture window goes back");
        assertEquals("4 / " + tour().size(), text(view, "presenter-counter"), "and the presenter window follows");
    }

    @Test
    void jumpingFromTheStepListMovesTheAudiencesWindow(FxRobot robot) {
        PresenterView view = rehearse(robot);
        @SuppressWarnings("unchecked")
        ListView<String> steps = (ListView<String>) view.lookup("#presenter-steps");
        Node cell = robot.from(steps).lookup(".list-cell").match(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isVisible() && c.getText() != null && c.getText().startsWith("4. ")).query();
        robot.clickOn(cell);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, tour().current(), "a click on step 4 shows it");
        assertEquals("4 / " + tour().size(), robot.lookup("#lecture-counter").queryAs(Label.class).getText());
        assertEquals(tour().tour().steps().get(3).title().en(),
                robot.lookup(".lecture-title").queryAs(Label.class).getText(), "on the audience's screen");
        robot.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tour().current(), "after a jump → drives the tour again");
        robot.interact(steps::requestFocus);
        robot.type(KeyCode.DOWN, KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(4, tour().current(), "↓ in the focused list only moves through the list");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(6, tour().current(), "Enter jumps to the chosen step");
        robot.interact(steps::requestFocus);
        robot.type(KeyCode.DIGIT2, KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tour().current(), "a typed step number and Enter still jump there");
    }

    @Test
    void elapsedTimeRunsOnTheClockAndResets(FxRobot robot) {
        PresenterView view = rehearse(robot);
        assertTrue(text(view, "presenter-elapsed").endsWith(" 0:00"), text(view, "presenter-elapsed"));
        assertEquals("09:00", text(view, "presenter-clock"), "the time of day");
        clock.advance(Duration.ofSeconds(65));
        robot.interact(view::refreshTime);
        assertTrue(text(view, "presenter-elapsed").endsWith(" 1:05"), text(view, "presenter-elapsed"));
        assertEquals("09:01", text(view, "presenter-clock"));
        robot.clickOn("#presenter-reset");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text(view, "presenter-elapsed").endsWith(" 0:00"), "Reset starts the timer again");
        assertEquals(0, tour().current(), "the Reset button is not a clicker key");
    }

    @Test
    void closingThePresenterWindowEndsItAllAndLeavesNothingBehind(FxRobot robot) throws Exception {
        double width = stage.getWidth();
        PresenterView view = rehearse(robot);
        Stage presenter = window.lecture().presenterStage();
        assertEquals(2, opened().size(), "the lecture window and the presenter window");
        assertTrue(stage.getWidth() != width, "the lecture window made room for the presenter's");
        robot.interact(() -> presenter.fireEvent(new WindowEvent(presenter, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(stage), opened(), "no presenter window left");
        assertSame(window, scene.getRoot(), "the explorer is back");
        assertEquals(AppMode.EXPLORER, state.mode());
        assertEquals(width, stage.getWidth(), "the window is back as it was");
        assertEquals(null, window.lecture().presenterView());
        String notes = text(view, "presenter-notes");
        robot.interact(state::toggleLanguage);
        assertEquals(notes, text(view, "presenter-notes"), "the closed view no longer follows the state");
    }

    @Test
    void escInThePresenterWindowEndsThePresentation(FxRobot robot) throws Exception {
        rehearse(robot);
        robot.clickOn("#presenter-notes");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(stage), opened());
        assertSame(window, scene.getRoot());
        assertFalse(stage.isFullScreen());
    }

    @Test
    void f5OnOneScreenFillsItWithoutAPresenterWindowAndAltF5AddsOne(FxRobot robot) throws Exception {
        robot.clickOn("#present");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stage.isFullScreen(), "one screen: ▶ Present fills it");
        assertEquals(null, window.lecture().presenterView());
        robot.press(KeyCode.ALT).type(KeyCode.F5).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.lecture().presenterView(), "Alt+F5 in a running lecture opens the presenter view");
        assertFalse(stage.isFullScreen(), "beside the lecture, in windows");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(stage), opened());
        assertFalse(stage.isFullScreen());
    }
}
