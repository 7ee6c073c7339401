package org.mountainsseas.panel;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TimelineBarTest {
    private static Dataset data;
    private AppState state;
    private TimelineBar bar;

    @BeforeAll
    static void load() {
        data = TestWorld.bundled().dataset();
    }

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        state.loadData(data, Map.of(), List.of());
        bar = new TimelineBar(state, url -> { });
        Scene scene = new Scene(bar, 1100, 140);
        scene.getStylesheets().add(TimelineBar.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private Point2D onTrack(double year) {
        YearTrack t = bar.track();
        return t.localToScreen(t.xOf(year), 26);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickingAndDraggingTheTrackSetsTheYear(FxRobot robot) {
        assertNull(state.year());
        assertEquals("Today", text(robot, "#timeline-year"));
        robot.clickOn(onTrack(2012));
        assertEquals(2012, state.year());
        robot.drag(onTrack(2012), MouseButton.PRIMARY).moveTo(onTrack(2018)).moveTo(onTrack(2021)).release(MouseButton.PRIMARY);
        assertEquals(2021, state.year());
        assertEquals("2021", text(robot, "#timeline-year"));
        assertTrue(text(robot, "#timeline-summary").startsWith("End of 2021: 29 pairings (+13 possible)"),
                text(robot, "#timeline-summary"));
    }

    @Test
    void arrowKeysStepAYearAndSpacePlaysAndPauses(FxRobot robot) {
        robot.clickOn(onTrack(2010));
        robot.type(KeyCode.RIGHT);
        assertEquals(2011, state.year());
        robot.type(KeyCode.LEFT, 3);
        assertEquals(2008, state.year());
        robot.type(KeyCode.SPACE);
        assertTrue(bar.playingProperty().get());
        robot.type(KeyCode.SPACE);
        assertFalse(bar.playingProperty().get());
    }

    @Test
    void playingRunsToTheLastYearAndStops(FxRobot robot) throws Exception {
        robot.interact(() -> state.setYear(2023));
        robot.clickOn("#timeline-play");
        assertTrue(bar.playingProperty().get());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !bar.playingProperty().get());
        assertEquals(2025, state.year());
        robot.clickOn("#timeline-play");
        assertEquals(2001, state.year(), "playing again from the end starts at the first year");
        robot.clickOn("#timeline-all");
        assertFalse(bar.playingProperty().get(), "All years stops playing");
        assertNull(state.year());
    }

    @Test
    void anEventMarkOpensItsCaptionsWithSources(FxRobot robot) {
        robot.clickOn("#event-mark-2021");
        assertEquals(2021, state.year());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.popup().isShowing());
        assertTrue(robot.lookup("#event-T12").tryQuery().isPresent(), "the July 2021 pairing adjustment is listed");
        Label caption = robot.lookup("#event-T15").queryAs(Label.class);
        assertTrue(caption.getText().contains("Cixi–Changshan"), caption.getText());
        assertFalse(robot.lookup("#event-T19").tryQuery().isPresent(), "2025's events are not 2021's");
        assertTrue(robot.lookup("#event-popup .source-row").queryAll().size() >= 6, "each event shows its sources");
        robot.type(KeyCode.ESCAPE);
        assertFalse(bar.popup().isShowing());
    }

    @Test
    void theSummaryCountsInTheSingularWhereItIsOne(FxRobot robot) {
        robot.interact(() -> state.setYear(2012));
        String s = text(robot, "#timeline-summary");
        assertTrue(s.contains("9 pairings (+24 possible) · 1 enclave open (+7 possible) · 0 counties on the list (+26 possible)"), s);
    }

    @Test
    void theSummaryFollowsTheLanguage(FxRobot robot) {
        robot.interact(() -> {
            state.setYear(2025);
            state.setLanguage(Language.ZH);
        });
        String s = text(robot, "#timeline-summary");
        assertTrue(s.startsWith("2025年底：结对 32 对"), s);
        assertTrue(s.contains("名单内县 22 个") && !s.contains("名单内县 22 个（"), "no '+0 possible': " + s);
    }
}
