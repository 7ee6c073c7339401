package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.ScrollEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.RestoresSharedStage;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The China view zooms and pans (wheel, drag, keys, buttons), follows the review filter and the
 * timeline year, and never pushes the timeline off the window.
 */
@Tag("ui")
@ExtendWith({ApplicationExtension.class, RestoresSharedStage.class})
class ChinaViewRoamTest {
    private AppState state;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = TestWorld.state(Language.EN);
        window = TestWorld.window(stage, state);
        state.china().showChina(true);
    }

    private ChinaView china() {
        return window.chinaView();
    }

    private Point2D alar(FxRobot robot) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = china().placePoint("B04", 0));
        return p[0];
    }

    @Test
    void theWheelZoomsAboutThePointerADragPansAndHomeFitsChinaAgain(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D before = alar(robot);
        assertNotNull(before);
        // just beside the marker, so the wheel is over the map and the point under it is known
        Point2D pointer = before.add(20, 10);
        wheel(robot, pointer, 120);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(china().zoom() > 1.2, "zoomed in: " + china().zoom());
        Point2D after = alar(robot);
        double k = china().zoom();
        // about the pointer: the marker's offset from it grew by the zoom, its direction kept
        assertEquals(pointer.getX() - 20 * k, after.getX(), 1.5);
        assertEquals(pointer.getY() - 10 * k, after.getY(), 1.5);

        robot.drag(china().localToScreen(after.add(-40, 40))).moveBy(60, -30).drop();
        WaitForAsyncUtils.waitForFxEvents();
        Point2D dragged = alar(robot);
        assertEquals(after.getX() + 60, dragged.getX(), 2);
        assertEquals(after.getY() - 30, dragged.getY(), 2);
        assertNull(state.china().selectedItem(), "a drag that ends on nothing selects nothing");

        double zoomed = china().zoom();
        robot.type(KeyCode.ADD);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(china().zoom() > zoomed * 1.3, "+ zooms in: " + china().zoom());
        robot.clickOn("#china-zoom-out");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(zoomed, china().zoom(), 1e-6, "− undoes +");

        robot.clickOn("#china-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, china().zoom(), 1e-9);
        assertEquals(before.getX(), alar(robot).getX(), 0.5);
        wheel(robot, pointer, -240);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, china().zoom(), 1e-9, "never further out than all of China");
    }

    /** A wheel turn of {@code deltaY} pixels (40 a notch; positive turns away from the user) at a point of the view. */
    private void wheel(FxRobot robot, Point2D at, double deltaY) {
        robot.interact(() -> {
            Point2D screen = china().localToScreen(at);
            Point2D scene = china().localToScene(at);
            javafx.event.Event.fireEvent(china(), new ScrollEvent(ScrollEvent.SCROLL, scene.getX(), scene.getY(),
                    screen.getX(), screen.getY(), false, false, false, false, false, false, 0, deltaY, 0, deltaY,
                    ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null));
        });
    }

    @Test
    void theReviewFilterAndTheTimelineYearHideWhatTheyLeaveOut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(alar(robot));
        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withConfidences(Set.of(Confidence.HIGH))));
        assertNull(alar(robot), "no item beyond Zhejiang is high: none is left");
        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withConfidences(Set.of(Confidence.MEDIUM))));
        assertNotNull(alar(robot));
        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withCities(Set.of("330500"))));
        assertNull(alar(robot), "Alar's giver is Taizhou, not a county of Huzhou");
        assertNotNull(place(robot, "B01"), "Anji's tea is Huzhou's");
        robot.interact(() -> state.review().clearFilters());

        robot.interact(() -> state.setYear(2010));
        assertNull(place(robot, "B02"), "the seedlings were pledged in 2018 (exact): not yet in 2010");
        assertNotNull(place(robot, "B01"), "'by 2023' may be older: shown, faint");
        robot.interact(() -> state.setYear(2019));
        assertNotNull(place(robot, "B02"));
    }

    private Point2D place(FxRobot robot, String id) {
        Point2D[] p = new Point2D[1];
        robot.interact(() -> p[0] = china().placePoint(id, 0));
        return p[0];
    }

    @Test
    void theTimelineStaysInTheWindowWhenTheWindowShrinksOrTheReviewOpens(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            stage.setWidth(1000);
            stage.setHeight(560);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTimelineShown(robot, window.getScene().getHeight());
        robot.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(800);
            state.review().setOpen(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Bounds review = robot.lookup(".split-pane").query().localToScene(robot.lookup(".split-pane").query().getLayoutBounds());
        javafx.scene.Node divider = robot.lookup(".split-pane-divider").query();
        assertTimelineShown(robot, divider.localToScene(divider.getLayoutBounds()).getMinY());
        assertTrue(review.getHeight() > 0);
    }

    private void assertTimelineShown(FxRobot robot, double bottom) {
        robot.interact(() -> window.layout());
        Bounds timeline = window.timeline().localToScene(window.timeline().getLayoutBounds());
        assertTrue(timeline.getMaxY() <= bottom + 1, "timeline ends at " + timeline.getMaxY() + ", below " + bottom);
        assertTrue(timeline.getHeight() >= window.timeline().prefHeight(timeline.getWidth()) - 1,
                "and is not squeezed: " + timeline.getHeight() + " of " + window.timeline().prefHeight(timeline.getWidth()));
        Bounds china = china().localToScene(china().getLayoutBounds());
        assertTrue(china.getMaxY() <= timeline.getMinY() + 1, "the China view ends above it: " + china.getMaxY());
    }
}
