package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskChooserTest {
    private static final String SHANGCHENG = "330102";
    private static final String GONGSHU = "330105";
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\n", 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @Test
    void tappingAmongHangzhousSmallDistrictsOffersAChooser(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = kiosk.window.map().screenPointOf(SHANGCHENG);
        Point2D b = kiosk.window.map().screenPointOf(GONGSHU);
        assertTrue(a.distance(b) < 44, "at the home view the two label points are under one fingertip: " + a.distance(b) + " px");
        Point2D between = kiosk.window.map().localToScreen(a.midpoint(b));
        robot.clickOn(between);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kiosk.kiosk.chooser().isOpen(), "the chooser opened");
        assertEquals(null, kiosk.state.selected(), "nothing is selected until the visitor chooses");
        List<Node> choices = List.copyOf(robot.lookup(".choice").queryAll());
        assertTrue(choices.size() >= 2, "several districts offered: " + choices.size());
        for (Node choice : choices) {
            assertTrue(choice.getLayoutBounds().getHeight() >= 44, "each choice is a 44 px target");
        }
        assertTrue(robot.lookup("#choice-" + GONGSHU).tryQuery().isPresent());
        robot.clickOn("#choice-" + GONGSHU);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(GONGSHU, kiosk.state.selected());
        assertFalse(kiosk.kiosk.chooser().isOpen());
    }

    @Test
    void tappingOutsideTheChooserClosesIt(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D a = kiosk.window.map().screenPointOf(SHANGCHENG);
        robot.clickOn(kiosk.window.map().localToScreen(a));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kiosk.kiosk.chooser().isOpen());
        robot.clickOn(kiosk.screenPointOf("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.kiosk.chooser().isOpen());
        assertEquals(null, kiosk.state.selected(), "that touch only closed the chooser");
    }

    @Test
    void tappingALargeCountySelectsItStraightAway(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(kiosk.screenPointOf("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.kiosk.chooser().isOpen());
        assertEquals("331181", kiosk.state.selected());
    }
}
