package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The visitor layout at 1920×1080: what it leaves out, finding a county by touch, partner chips, pausing motion. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskVisitorTest {
    private static final String LONGQUAN = "331181";
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\n", 1920, 1080, false);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @Test
    void theVisitorLayoutHasNoFilterBarReviewToolsOrFileCommands(FxRobot robot) {
        for (String query : List.of("#filter-controls", ".review-bar", "#review-toggle", "#search", "#about", "#problems",
                "#present", ".timeline-bar", ".detail-panel")) {
            assertTrue(robot.from(kiosk.scene.getRoot()).lookup(query).tryQuery().isEmpty(), query + " is not in the kiosk");
        }
        for (String query : List.of("#kiosk-headline", "#find-hometown", "#then-and-now", "#pause-motion", "#language",
                "#kiosk-home", "#kiosk-side-mountains", "#kiosk-side-coast", "#figure-F13")) {
            assertTrue(robot.lookup(query).query().isVisible(), query + " is shown");
        }
    }

    @Test
    void theCityPickerSelectsACountyByTouchAndTheMapFliesThere(FxRobot robot) {
        robot.clickOn("#find-hometown");
        assertEquals(11, robot.lookup(n -> n.getId() != null && n.getId().matches("city-\\d+")).queryAll().size(),
                "one button per prefecture city");
        robot.clickOn("#city-331100");
        robot.clickOn("#pick-" + LONGQUAN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(LONGQUAN, kiosk.state.selected());
        assertFalse(kiosk.kiosk.cities().showing(), "the picker closes");
        assertCentredOn(LONGQUAN);
    }

    @Test
    void tappingAPartnerChipSelectsThePartnerAndFliesToIt(FxRobot robot) {
        robot.interact(() -> kiosk.state.select(LONGQUAN));
        String partner = kiosk.state.dataset().partnersOf(LONGQUAN).iterator().next();
        robot.clickOn("#chip-" + partner);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(partner, kiosk.state.selected());
        assertCentredOn(partner);
    }

    @Test
    void pauseMotionStopsEveryAnimation(FxRobot robot) {
        FlowLayer flows = kiosk.kiosk.visitor().flows();
        long before = flows.frames();
        KioskHarness.waitUntil("the flows move", () -> flows.frames() > before + 3);
        assertTrue(lightsShown(flows) > 0);
        robot.clickOn("#pause-motion");
        assertFalse(flows.animating());
        assertFalse(kiosk.kiosk.motionProperty().get());
        long paused = flows.frames();
        assertEquals(0, lightsShown(flows), "no light is left standing on the map");
        robot.interact(() -> kiosk.state.focus(LONGQUAN));
        Point2D at = kiosk.window.map().screenPointOf(LONGQUAN);
        assertEquals(kiosk.window.map().getWidth() / 2, at.getX(), kiosk.window.map().getWidth() * 0.15,
                "a camera request jumps there at once, it does not fly");
        WaitForAsyncUtils.sleep(200, java.util.concurrent.TimeUnit.MILLISECONDS); // frames that would have been drawn
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(paused, flows.frames(), "no frame drawn while paused");
        robot.clickOn("#pause-motion");
        assertTrue(flows.animating(), "and it starts again");
    }

    @Test
    void theSidesAreNamedOnlyWhileTheWholeLineIsInView(FxRobot robot) {
        Node mountains = robot.lookup("#kiosk-side-mountains").query();
        Node coast = robot.lookup("#kiosk-side-coast").query();
        assertTrue(mountains.isVisible() && coast.isVisible(), "named at the home view");
        robot.interact(() -> VisitorLayout.goTo(kiosk.state, kiosk.scene.getRoot(), "330127")); // Chun'an, zoomed in
        // zoomed in, the line's far end is off screen: no half is named (after the next layout pass)
        KioskHarness.waitUntil("the halves' names are hidden",
                () -> !kiosk.window.map().moving() && !mountains.isVisible() && !coast.isVisible());
        robot.interact(() -> { kiosk.state.clearSelection(); kiosk.state.goHome(); });
        KioskHarness.waitUntil("back home", () -> !kiosk.window.map().moving() && mountains.isVisible());
        assertTrue(coast.isVisible());
    }

    @Test
    void reducedMotionStartsPausedAndEveryResetReturnsToIt(FxRobot robot) {
        robot.interact(kiosk::close);
        robot.interact(() -> kiosk = new KioskHarness("idle.seconds = 3600\nmotion = reduced\n", 1920, 1080, false));
        FlowLayer flows = kiosk.kiosk.visitor().flows();
        assertFalse(kiosk.kiosk.motionProperty().get(), "motion = reduced starts paused");
        assertFalse(flows.animating());
        assertEquals(0, lightsShown(flows));
        robot.clickOn("#pause-motion");
        assertTrue(flows.animating(), "a visitor may still play it");
        robot.interact(() -> kiosk.kiosk.recover());
        assertFalse(kiosk.kiosk.motionProperty().get(), "the next visitor gets the configured reduced motion");
        assertFalse(flows.animating());
    }

    private static long lightsShown(FlowLayer flows) {
        return flows.getChildrenUnmodifiable().stream().filter(Node::isVisible).count();
    }

    private void assertCentredOn(String adcode) {
        KioskHarness.waitUntil("the map has flown", () -> !kiosk.window.map().moving());
        Point2D p = kiosk.window.map().screenPointOf(adcode);
        Bounds map = kiosk.window.map().getLayoutBounds();
        assertEquals(map.getWidth() / 2, p.getX(), map.getWidth() * 0.15, adcode + " near the middle");
        assertEquals(map.getHeight() / 2, p.getY(), map.getHeight() * 0.15, adcode + " near the middle");
    }

    /** Every visible button of the scene, for the on-screen checks. */
    static List<ButtonBase> buttons(Node root) {
        List<ButtonBase> out = new ArrayList<>();
        for (Node n : NodesShown.all(root)) {
            if (n instanceof ButtonBase b && NodesShown.shown(b)) {
                out.add(b);
            }
        }
        return out;
    }
}
