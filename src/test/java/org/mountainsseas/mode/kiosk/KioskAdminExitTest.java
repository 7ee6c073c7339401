package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
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
class KioskAdminExitTest {
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\nadmin.hold.seconds = 0.5\n", 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    private void enter(FxRobot robot, String pin) {
        for (char c : pin.toCharArray()) {
            robot.clickOn("#pin-" + c);
        }
        robot.clickOn("#pin-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openWithKeys(FxRobot robot) {
        robot.interact(() -> kiosk.window.map().requestFocus());
        robot.push(KeyCode.CONTROL, KeyCode.ALT, KeyCode.SHIFT, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kiosk.kiosk.pinPad().isVisible(), "Ctrl+Alt+Shift+Q opens the PIN pad");
    }

    @Test
    void aWrongPinIsRefusedAndTheRightOneExits(FxRobot robot) {
        openWithKeys(robot);
        enter(robot, "1234");
        assertEquals(0, kiosk.exits.get());
        assertTrue(kiosk.kiosk.pinPad().message().contains("Wrong PIN"), kiosk.kiosk.pinPad().message());
        assertTrue(kiosk.kiosk.pinPad().isVisible(), "the pad stays for another try");
        enter(robot, "4711");
        assertEquals(1, kiosk.exits.get(), "the right PIN exits");
    }

    @Test
    void repeatedWrongPinsLockTheExitEvenForTheRightPin(FxRobot robot) {
        openWithKeys(robot);
        enter(robot, "0000");
        enter(robot, "1111");
        enter(robot, "2222");
        assertTrue(kiosk.kiosk.pinPad().message().contains("Try again in 30 s"), kiosk.kiosk.pinPad().message());
        enter(robot, "4711");
        assertEquals(0, kiosk.exits.get(), "locked: the right PIN is not even checked");
        kiosk.clock.addAndGet(30_000);
        enter(robot, "4711");
        assertEquals(1, kiosk.exits.get(), "after the lockout the right PIN works");
    }

    @Test
    void cancelClosesThePadWithoutExiting(FxRobot robot) {
        openWithKeys(robot);
        robot.clickOn("#pin-4");
        robot.clickOn("#pin-cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.kiosk.pinPad().isVisible());
        assertEquals(0, kiosk.exits.get());
    }

    @Test
    void holdingTheTopLeftCornerOpensThePad(FxRobot robot) {
        Point2D corner = kiosk.kiosk.root().localToScreen(6, 6);
        robot.moveTo(corner).press(MouseButton.PRIMARY);
        try {
            KioskHarness.waitUntil("the held corner opens the PIN pad", () -> kiosk.kiosk.pinPad().isVisible());
        } finally {
            robot.release(MouseButton.PRIMARY);
        }
        assertEquals(0, kiosk.exits.get());
    }

    @Test
    void aQuickTapInTheCornerDoesNotOpenThePad(FxRobot robot) {
        Point2D corner = kiosk.kiosk.root().localToScreen(6, 6);
        robot.moveTo(corner).press(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(kiosk.kiosk.cornerTimerRunning(), "a press in the corner starts the hold timer");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.kiosk.cornerTimerRunning(), "letting go stops it");
        assertFalse(kiosk.kiosk.pinPad().isVisible());
    }
}
