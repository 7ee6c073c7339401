package org.mountainsseas.mode.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.Flight;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The year comparison in the main window: both years drawn, linked, moved by keys and the divider, and left with Esc. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareViewTest {
    /** 泰顺 – 滨江, paired in 2021 (exact): absent in 2012, in force in 2025. */
    private static final String PR06 = "PR06";
    private AppState state;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = TestWorld.window(stage, state);
    }

    private CompareView open(FxRobot robot) {
        robot.interact(() -> state.compare().open());
        return settle();
    }

    private CompareView settle() {
        return settle(true);
    }

    /** Waits until neither map moves and, with {@code whole}, both have drawn every county (the province fits). */
    private CompareView settle(boolean whole) {
        WaitForAsyncUtils.waitForFxEvents();
        CompareView view = window.compareView();
        try {
            // settled: the latest frame of each map is on screen (drawn off the FX thread, it may come a pulse later)
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !view.moving() && view.map(true).settled() && view.map(false).settled()
                    && (!whole || view.map(true).allCountiesDrawn() && view.map(false).allCountiesDrawn()));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the maps did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return view;
    }

    @Test
    void ctrlYOpensTheComparisonOf2012AndTheLastYearAndEscGoesBackToTheMap(FxRobot robot) {
        robot.clickOn(window.map());
        robot.press(KeyCode.CONTROL, KeyCode.Y).release(KeyCode.Y, KeyCode.CONTROL);
        CompareView view = settle();
        assertTrue(state.compare().shown());
        assertNotNull(view.getScene(), "the comparison is in the window");
        assertNull(window.map().getScene(), "it takes the map's place");
        assertFalse(window.timeline().isVisible(), "its own years replace the timeline");
        assertEquals(2012, view.sideState(true).year());
        assertEquals(state.yearRange().last(), view.sideState(false).year());
        assertEquals("2012", view.picker(true).yearText());
        assertTrue(robot.lookup("#compare-label-a").queryLabeled().getText().contains("2012"));
        assertFalse(view.changes().list().getItems().isEmpty(), "2012 to the last year has changes");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.compare().shown());
        assertNull(window.compareView());
        assertNotNull(window.map().getScene(), "the map is back");
        assertTrue(window.timeline().isVisible());
    }

    @Test
    void aPairingThatStartedBetweenTheYearsIsDrawnOnlyOnTheBSide(FxRobot robot) {
        CompareView view = open(robot);
        robot.interact(() -> state.compare().choose(state.compare().diff().find("PAIRING:" + PR06)));
        settle();
        assertEquals(PR06, view.changes().list().getSelectionModel().getSelectedItem().id(), "the list shows the choice");
        int onA = arcPoints(robot, view.map(true));
        int onB = arcPoints(robot, view.map(false));
        assertEquals(0, onA, "no point of the 2021 pairing's arc on the 2012 map");
        assertTrue(onB >= 2, "the arc on the 2025 map at " + onB + " of 3 points");
        // the years the other way round: the pairing has "ended" from A to B, and the arc changes sides
        robot.interact(() -> state.compare().setYears(2025, 2012));
        settle();
        assertEquals(PR06, state.compare().chosen().id(), "still a change, still chosen");
        assertTrue(arcPoints(robot, view.map(true)) >= 2, "the arc on the A map, now 2025");
        assertEquals(0, arcPoints(robot, view.map(false)), "none on the B map, now 2012");
    }

    /**
     * At how many of three points along PR06's arc (t = 0.4, 0.5, 0.6, computed as the arc layer
     * bends it) a pixel within 4 px has the arc's colour, a blend of its green and blue ends.
     */
    private int arcPoints(FxRobot robot, MapPane map) {
        int[] found = {0};
        robot.interact(() -> {
            Pairing p = state.dataset().pairings().stream().filter(x -> x.id().equals(PR06)).findFirst().orElseThrow();
            List<String> partners = new ArrayList<>();
            for (Pairing q : state.dataset().pairings()) {
                if (q.mountain().equals(p.mountain()) && q.partner() != null) {
                    partners.add(q.id());
                }
            }
            Point2D a = map.screenPointOf(p.mountain()), b = map.screenPointOf(p.partner());
            double[] c = ArcGeometry.control(a.getX(), a.getY(), b.getX(), b.getY(),
                    ArcGeometry.fanBend(partners.indexOf(PR06), partners.size()));
            WritableImage shot = map.snapshot(null, null);
            PixelReader px = shot.getPixelReader();
            MapStyle style = MapStyle.standard();
            for (double t : new double[] {0.4, 0.5, 0.6}) {
                double[] at = ArcGeometry.point(a.getX(), a.getY(), c[0], c[1], b.getX(), b.getY(), t);
                if (arcColourNear(px, shot, at[0], at[1], style)) {
                    found[0]++;
                }
            }
        });
        return found[0];
    }

    private static boolean arcColourNear(PixelReader px, WritableImage shot, double x, double y, MapStyle style) {
        for (int dx = -4; dx <= 4; dx++) {
            for (int dy = -4; dy <= 4; dy++) {
                int ix = (int) Math.round(x) + dx, iy = (int) Math.round(y) + dy;
                if (ix < 0 || iy < 0 || ix >= shot.getWidth() || iy >= shot.getHeight()) {
                    continue;
                }
                Color seen = px.getColor(ix, iy);
                for (double t = 0; t <= 1.001; t += 0.1) {
                    Color arc = style.arcMountain().interpolate(style.arcSea(), t);
                    if (Math.abs(seen.getRed() - arc.getRed()) < 0.06 && Math.abs(seen.getGreen() - arc.getGreen()) < 0.06
                            && Math.abs(seen.getBlue() - arc.getBlue()) < 0.06) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    @Test
    void atHomeBothMapsFitTheProvinceAgainWhenTheModeChanges(FxRobot robot) {
        CompareView view = open(robot);
        robot.interact(() -> state.compare().setSwipe(true));
        settle();
        MapPane a = view.map(true);
        Point2D centre = a.screenPointOf("330782");
        assertEquals(a.getWidth() / 2, centre.getX(), a.getWidth() * 0.2, "the province is re-fitted to the whole width (义乌 near the middle)");
        assertSameView(a.view(), view.map(false).view());
    }

    @Test
    void sideBySideTheOneLegendStartsFoldedSoItCoversNoCounties(FxRobot robot) {
        CompareView view = open(robot);
        assertTrue(view.map(false).legend().foldsAlways(), "B's legend folds side by side, whatever the height");
        assertTrue(view.map(false).legend().isCollapsed());
        assertFalse(view.map(true).legend().isVisible(), "A shows no legend side by side");
        robot.interact(() -> state.compare().setSwipe(true));
        settle();
        assertFalse(view.map(false).legend().foldsAlways(), "under the divider the map's height decides again");
    }

    @Test
    void panningOrZoomingEitherMapMovesTheOther(FxRobot robot) {
        CompareView view = open(robot);
        MapPane a = view.map(true), b = view.map(false);
        assertSameView(a.view(), b.view());
        robot.interact(() -> a.camera().panBy(60, -25));
        assertSameView(a.view(), b.view());
        robot.interact(() -> b.camera().zoomBy(0.7, 100, 120));
        assertSameView(a.view(), b.view());
        robot.interact(() -> state.compare().setSwipe(true));
        settle(false);
        assertEquals(a.getWidth(), b.getWidth(), 0.5, "under the divider both maps fill the area");
        assertSameView(a.view(), b.view());
    }

    private static void assertSameView(Flight.View x, Flight.View y) {
        assertEquals(x.zoom(), y.zoom(), 1e-9);
        assertEquals(x.x(), y.x(), 1e-6);
        assertEquals(x.y(), y.y(), 1e-6);
    }

    @Test
    void theSwipeDividerMovesByKeysAndDragAndClipsTheBMap(FxRobot robot) {
        CompareView view = open(robot);
        robot.clickOn("#compare-swipe");
        settle();
        assertTrue(state.compare().swipe());
        Rectangle clip = (Rectangle) view.map(false).getClip();
        assertNotNull(clip, "B is cut at the divider");
        double width = view.map(false).getWidth();
        assertEquals(0.5 * width, clip.getX(), 1);
        robot.clickOn(view.divider());
        double before = state.compare().divider();
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + SwipeDivider.STEP, state.compare().divider(), 1e-9);
        assertEquals(state.compare().divider() * width, clip.getX(), 1, "the clip follows the divider");
        robot.drag(view.divider()).moveBy(-width * 0.3, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.compare().divider() < 0.35, "dragged left to " + state.compare().divider());
        assertEquals(state.compare().divider() * width, clip.getX(), 1);
        robot.clickOn("#compare-split");
        settle();
        assertNull(view.map(false).getClip(), "side by side, nothing is cut");
        assertTrue(view.map(false).getBoundsInParent().getMinX() >= view.map(true).getBoundsInParent().getMaxX(), "B beside A");
    }

    @Test
    void theYearsStepWithTheTimelinesKeysAndTodayAndTheChangesFollow(FxRobot robot) {
        CompareView view = open(robot);
        robot.clickOn(view.picker(true).track());
        robot.interact(() -> state.compare().setYearA(2012));
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2013, state.compare().yearA());
        assertEquals(2013, view.sideState(true).year(), "the A map follows");
        assertEquals("2013", view.picker(true).yearText());
        robot.clickOn(robot.from(view.picker(false)).lookup(".timeline-all").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.compare().yearB(), "B is today");
        assertNull(view.sideState(false).year());
        assertEquals("Today", view.picker(false).yearText());
        assertTrue(robot.lookup("#year-changes .year-changes-title").queryLabeled().getText().contains("2013 to Today"));
        assertTrue(robot.lookup("#compare-label-b").queryLabeled().getText().contains("Today"));
    }

    @Test
    void closingDisposesTheSidesSoTheyNoLongerFollowTheApp(FxRobot robot) {
        CompareView view = open(robot);
        AppState a = view.sideState(true);
        assertEquals(Language.EN, a.language());
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertEquals(Language.ZH, a.language(), "open, a side follows the language");
        robot.interact(() -> state.compare().close());
        robot.interact(() -> {
            state.setLanguage(Language.EN);
            state.compare().setYearA(2016);
        });
        assertEquals(Language.ZH, a.language(), "closed, it follows nothing");
        assertEquals(2012, a.year());
    }

    @Test
    void aKioskCannotOpenTheComparison(FxRobot robot) {
        robot.interact(state::enterKiosk);
        robot.interact(() -> state.compare().open());
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.compareView());
    }
}
