package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.mode.kiosk.IdleMonitor.Phase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskAttractTest {
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\nattract.step.seconds = 60\n", 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @Test
    void touchingThePromptKeepsTheVisitorsView(FxRobot robot) {
        robot.interact(() -> kiosk.state.select("331181"));
        robot.interact(() -> kiosk.kiosk.idle().promptNow());
        assertEquals(Phase.PROMPT, kiosk.kiosk.idle().phase());
        robot.clickOn(kiosk.screenPointOf("330109"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Phase.ACTIVE, kiosk.kiosk.idle().phase());
        assertFalse(robot.lookup("#idle-prompt").query().isVisible());
        assertEquals("331181", kiosk.state.selected(), "the touch only dismissed the prompt; it did not select Xiaoshan");
    }

    @Test
    void theFirstTouchStopsTheAttractLoopAndSelectsNothing(FxRobot robot) {
        robot.interact(() -> kiosk.kiosk.idle().attractNow());
        assertTrue(kiosk.kiosk.attract().running());
        KioskHarness.waitUntil("the camera is home", () -> !kiosk.window.map().moving());

        robot.clickOn(kiosk.screenPointOf("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.kiosk.attract().running(), "the loop stopped");
        assertFalse(robot.lookup("#attract").query().isVisible());
        assertNull(kiosk.state.selected(), "the touch that stopped the loop selected nothing");

        // elsewhere, so the two taps do not make a double-tap (which zooms)
        robot.clickOn(kiosk.screenPointOf("330824"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("330824", kiosk.state.selected(), "the next touch selects as usual");
    }

    @Test
    void theLoopToursTheQingdaLineThenThePairings(FxRobot robot) {
        robot.interact(() -> {
            kiosk.kiosk.dispose(); // this test drives the loop itself, with short stops
        });
        AttractLoop loop = new AttractLoop(kiosk.state, kiosk.window.map(), 0.3);
        robot.interact(loop::start);
        KioskHarness.waitUntil("three stops shown", () -> loop.stopsShown() >= 3);
        assertTrue(kiosk.state.dataset().mountainCounties().contains(kiosk.state.selected())
                || kiosk.state.selected() == null, "each stop selects a mountain county");
        assertFalse(loop.caption().contains("清大线"), "past the Qingda Line: " + loop.caption());
        assertTrue(loop.caption().contains("⇄"), loop.caption());
        robot.interact(loop::stop);
        long shown = loop.stopsShown();
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(loop.running());
        assertEquals(shown, loop.stopsShown(), "a stopped loop shows nothing more");
    }
}
