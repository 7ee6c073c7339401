package org.mountainsseas.app;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.mode.lecture.TourState;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Spotlight;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The lecture mode in the real window: starting it, every presenter key, clicks, leaving, and a bad tour. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LectureModeTest {
    private static World world;
    private AppState state;
    private MainWindow window;
    private Scene scene;

    @BeforeAll
    static void loadWorld() {
        world = TestWorld.bundled();
    }

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, world, url -> { });
        scene = new Scene(window, 1280, 720);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        ModeStyle.follow(scene, state);
        stage.setScene(scene);
        stage.show();
    }

    private LectureView startWithButton(FxRobot robot) {
        robot.clickOn("#present");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(scene.getRoot() instanceof LectureView, "the presentation replaced the explorer");
        return (LectureView) scene.getRoot();
    }

    private TourState tour() {
        return ((LectureView) scene.getRoot()).tour();
    }

    private void key(FxRobot robot, KeyCode... codes) {
        robot.type(codes);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theToolbarButtonStartsAtStepOneWithCounterAndHighlights(FxRobot robot) {
        LectureView view = startWithButton(robot);
        assertEquals(0, view.tour().current());
        assertEquals("1 / " + view.tour().size(), robot.lookup("#lecture-counter").queryAs(Label.class).getText());
        assertEquals(26, state.spotlight().counties().size(), "step 1 lights the 26 mountain counties");
        assertTrue(state.highlighted().contains("331181"));
    }

    @Test
    void everyNextKeyAdvancesAndEveryPreviousKeyGoesBack(FxRobot robot) {
        startWithButton(robot);
        int step = 0;
        for (KeyCode k : new KeyCode[] {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER, KeyCode.N}) {
            key(robot, k);
            assertEquals(++step, tour().current(), k + " goes to the next step");
        }
        for (KeyCode k : new KeyCode[] {KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE, KeyCode.P}) {
            key(robot, k);
            assertEquals(--step, tour().current(), k + " goes back a step");
        }
        assertEquals(1, step);
    }

    @Test
    void homeEndNumbersAndF5MoveAroundTheTour(FxRobot robot) {
        startWithButton(robot);
        key(robot, KeyCode.END);
        assertEquals(tour().size() - 1, tour().current());
        key(robot, KeyCode.HOME);
        assertEquals(0, tour().current());
        key(robot, KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.ENTER);
        assertEquals(11, tour().current(), "12 Enter shows step 12");
        key(robot, KeyCode.RIGHT);
        robot.press(KeyCode.SHIFT).type(KeyCode.F5).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(12, tour().current(), "Shift+F5 stays on the current step");
        key(robot, KeyCode.F5);
        assertEquals(0, tour().current(), "F5 starts from the beginning");
    }

    @Test
    void blackAndWhiteScreensToggleAndNextUnblanksWithoutMoving(FxRobot robot) {
        startWithButton(robot);
        key(robot, KeyCode.B);
        assertEquals(TourState.Blank.BLACK, tour().blank());
        assertTrue(robot.lookup("#lecture-blank").query().isVisible());
        key(robot, KeyCode.B);
        assertEquals(TourState.Blank.NONE, tour().blank(), "B again returns");
        key(robot, KeyCode.PERIOD);
        assertEquals(TourState.Blank.BLACK, tour().blank());
        key(robot, KeyCode.W);
        assertEquals(TourState.Blank.WHITE, tour().blank(), "W switches to white");
        key(robot, KeyCode.COMMA);
        assertEquals(TourState.Blank.NONE, tour().blank(), ", again returns");
        key(robot, KeyCode.PERIOD, KeyCode.RIGHT);
        assertEquals(TourState.Blank.NONE, tour().blank());
        assertEquals(0, tour().current(), "the first next only lifts the blank");
        assertFalse(robot.lookup("#lecture-blank").query().isVisible());
    }

    @Test
    void escLeavesAndF5StartsAgain(FxRobot robot) {
        startWithButton(robot);
        key(robot, KeyCode.ESCAPE);
        assertSame(window, scene.getRoot(), "the explorer is back");
        assertEquals(Spotlight.NONE, state.spotlight(), "nothing stays lit");
        robot.clickOn(window.map());
        key(robot, KeyCode.F5);
        assertTrue(scene.getRoot() instanceof LectureView, "F5 in the explorer starts the lecture");
    }

    @Test
    void aDatedStepMovesTheTimelineToItsYearAndLeavingGivesTheExplorersYearBack(FxRobot robot) {
        robot.interact(() -> state.setYear(2010));
        startWithButton(robot);
        assertEquals(null, state.year(), "step 1 has no year: the map shows today, not the explorer's 2010");
        key(robot, KeyCode.DIGIT8, KeyCode.ENTER);
        assertEquals(Integer.valueOf(2018), tour().step().year(), "step 8 is the 2018 Ningbo–Lishui step");
        assertEquals(Integer.valueOf(2018), state.year(), "the map moves to the step's year");
        assertEquals("2018", robot.lookup(".lecture-year").queryAs(javafx.scene.control.Label.class).getText(), "and its badge says so");
        key(robot, KeyCode.RIGHT);
        assertEquals(null, tour().step().year());
        assertEquals(null, state.year(), "a step without a year shows today again");
        key(robot, KeyCode.LEFT);
        assertEquals(Integer.valueOf(2018), state.year(), "and going back shows 2018 again");
        key(robot, KeyCode.ESCAPE);
        assertSame(window, scene.getRoot());
        assertEquals(Integer.valueOf(2010), state.year(), "leaving gives the explorer its own year back");
        assertEquals("2010", robot.lookup("#timeline-year").queryAs(javafx.scene.control.Labeled.class).getText(),
                "and its timeline shows it");
    }

    @Test
    void leavingALectureStartedAtTodayLeavesTheExplorerAtToday(FxRobot robot) {
        startWithButton(robot);
        key(robot, KeyCode.DIGIT8, KeyCode.ENTER);
        assertEquals(Integer.valueOf(2018), state.year());
        key(robot, KeyCode.ESCAPE);
        assertEquals(null, state.year(), "no year left behind by the tour");
    }

    @Test
    void aClickOnTheCaptionAdvancesAndAClickOnTheMapExploresWithoutLosingThePlace(FxRobot robot) {
        LectureView view = startWithButton(robot);
        robot.clickOn("#lecture-caption");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, tour().current());
        waitUntilStill(view);
        Point2D p = view.map().screenPointOf("331181");
        assertNotNull(p);
        robot.clickOn(view.map().localToScreen(p.getX(), p.getY() - 3));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("331181", state.selected(), "the map still selects");
        assertEquals(1, tour().current(), "the tour kept its place");
        key(robot, KeyCode.RIGHT);
        assertEquals(2, tour().current());
        assertEquals(null, state.selected(), "the next step clears the audience's selection");
    }

    @Test
    void languageAndThemeSwitchWhilePresenting(FxRobot robot) {
        LectureView view = startWithButton(robot);
        key(robot, KeyCode.L);
        assertEquals(Language.ZH, state.language());
        assertTrue(robot.lookup(".lecture-chapter").queryAs(Label.class).getText().startsWith("第1章"));
        key(robot, KeyCode.T);
        assertEquals(LectureTheme.PRINT, view.themeProperty().get());
        assertTrue(view.getStylesheets().get(0).endsWith("lecture-print.css"));
    }

    @Test
    void aBadTourFileIsReportedByFileStepAndFieldAndTheExplorerStays(FxRobot robot, @TempDir Path dir) throws Exception {
        Path bad = dir.resolve("my-tour.json");
        String good = new String(getClass().getResourceAsStream("/assets/tours/mountains-and-seas.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(bad, good.replace("\"PR37\"", "\"PR99\""));
        robot.interact(() -> assertEquals(null, window.present(bad.toString(), LectureTheme.PROJECTOR, 1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(window, scene.getRoot());
        String message = robot.lookup(".dialog-pane .content").queryAs(Label.class).getText();
        assertTrue(message.contains("my-tour.json") && message.contains("jingning") && message.contains("pairings[0]")
                && message.contains("PR99"), message);
    }

    @Test
    void onlyTheLectureMapFollowsTheTourAndTheExplorerMapArrivesWhenItIsBack(FxRobot robot) {
        var explorer = window.map().camera();
        double[] before = {explorer.zoom(), explorer.tx(), explorer.ty()};
        LectureView view = startWithButton(robot);
        assertEquals(AppMode.LECTURE, state.mode());
        assertTrue(ModeStyle.marked(scene.getRoot(), AppMode.LECTURE), "the lecture's root is :lecture");
        robot.interact(() -> state.focus("331181"));
        waitUntilStill(view);
        assertFalse(window.map().moving(), "the hidden explorer map does not animate");
        assertEquals(before[0], explorer.zoom(), "nor move");
        assertEquals(before[1], explorer.tx());
        assertEquals(before[2], explorer.ty());
        assertEquals(view.map().camera().zoom(), state.viewportProperty().get().zoom(), 1e-9,
                "the viewport is the lecture map's");
        assertEquals(view.map().getWidth(), state.viewportProperty().get().width(), 1e-9);

        key(robot, KeyCode.ESCAPE);
        assertEquals(AppMode.EXPLORER, state.mode());
        assertFalse(ModeStyle.marked(scene.getRoot(), AppMode.LECTURE), "the explorer's root is not :lecture");
        assertFalse(window.map().moving(), "leaving's home view is there at once, not in a flight nobody asked to see");
        assertEquals(before[0], explorer.zoom(), 1e-9);

        robot.interact(() -> {
            state.startLecture();
            state.focus("331181");
        });
        assertEquals(before[0], explorer.zoom(), 1e-9, "a request made while it waits does not move it");
        robot.interact(state::endLecture);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.map().moving(), "no flight: it is there at the next pulse");
        assertTrue(explorer.zoom() > before[0] + 0.1, "back, it zooms in from " + before[0] + " to " + explorer.zoom());
        assertEquals("331181", window.map().pick(window.map().getWidth() / 2, window.map().getHeight() / 2),
                "on the county asked for while it waited");
        assertEquals(explorer.zoom(), state.viewportProperty().get().zoom(), 1e-9, "and the viewport is the explorer's again");
    }

    private static void waitUntilStill(LectureView view) {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !view.map().moving()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the camera did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
