package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.PickResult;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mountainsseas.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskLockdownTest {
    /** The keys a visitor might press to leave, each with its modifiers. */
    enum Escape {
        ESC(KeyCode.ESCAPE), F11(KeyCode.F11), ALT_F4(KeyCode.ALT, KeyCode.F4), CTRL_Q(KeyCode.CONTROL, KeyCode.Q),
        CTRL_W(KeyCode.CONTROL, KeyCode.W), META(KeyCode.WINDOWS), META_KEY(KeyCode.META), F1_ABOUT(KeyCode.F1),
        CTRL_L_LANGUAGE(KeyCode.CONTROL, KeyCode.L);

        final KeyCode[] keys;

        Escape(KeyCode... keys) {
            this.keys = keys;
        }
    }

    private KioskHarness kiosk;
    private final AtomicInteger keysReachingTheApp = new AtomicInteger();

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\n", 1280, 800);
        // the visitor layout is what the kiosk shows: a key that reaches it reaches the app
        kiosk.kiosk.visitor().addEventFilter(KeyEvent.KEY_PRESSED, e -> keysReachingTheApp.incrementAndGet());
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @ParameterizedTest
    @EnumSource(Escape.class)
    void eachLockDownKeyDoesNothing(Escape key, FxRobot robot) {
        robot.interact(() -> {
            kiosk.state.select("331181");
            kiosk.stage.requestFocus();
            kiosk.window.map().requestFocus();
        });
        int windows = Window.getWindows().size();
        robot.push(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, keysReachingTheApp.get(), "an allowed key (arrow) does reach the app, so the test can see keys");

        robot.push(key.keys);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, keysReachingTheApp.get(), key + " reached the app");
        assertTrue(kiosk.stage.isShowing(), "still showing");
        assertTrue(kiosk.stage.isFullScreen(), "still full screen");
        assertEquals("331181", kiosk.state.selected(), "the selection is untouched (Esc would clear it)");
        assertEquals(Language.EN, kiosk.state.language(), "the language is untouched (Ctrl+L would switch it)");
        assertEquals(windows, Window.getWindows().size(), "no dialog opened (F1 would open About)");
    }

    @Test
    void aCloseRequestIsRefused(FxRobot robot) {
        AtomicInteger closeHandled = new AtomicInteger();
        robot.interact(() -> {
            kiosk.stage.setOnCloseRequest(e -> closeHandled.incrementAndGet());
            Event.fireEvent(kiosk.stage, new WindowEvent(kiosk.stage, WindowEvent.WINDOW_CLOSE_REQUEST));
        });
        assertEquals(0, closeHandled.get(), "the close request (Alt+F4, the window manager) was consumed before anyone acted on it");
        assertTrue(kiosk.stage.isShowing());
    }

    @Test
    void anIconifiedKioskRaisesItself(FxRobot robot) {
        robot.interact(() -> kiosk.stage.setIconified(true));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(kiosk.stage.isIconified(), "the window manager's iconify is undone");
        assertTrue(kiosk.stage.isShowing());
    }

    @Test
    void contextMenusNeverReachTheApp(FxRobot robot) {
        AtomicInteger menus = new AtomicInteger();
        robot.interact(() -> {
            Node map = kiosk.window.map();
            map.addEventHandler(ContextMenuEvent.ANY, e -> menus.incrementAndGet());
            Event.fireEvent(map, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 10, 10, 10, 10, false,
                    new PickResult(map, 10, 10)));
        });
        assertEquals(0, menus.get());
    }

    @Test
    void theBarHasABigHomeButtonAndLanguageSwitchButNoDialogs(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        Button home = robot.lookup("#kiosk-home").queryButton();
        Button language = robot.lookup("#language").queryButton();
        assertTrue(home.isVisible() && language.isVisible());
        for (Node n : new Node[] {home, language, robot.lookup("#zoom-in").query(), robot.lookup("#home").query()}) {
            assertTrue(n.getLayoutBounds().getHeight() >= 44 && n.getLayoutBounds().getWidth() >= 44,
                    n.getId() + " is a 44 px touch target: " + n.getLayoutBounds());
        }
        assertTrue(robot.from(kiosk.scene.getRoot()).lookup("#about").tryQuery().isEmpty(), "About opens a window: not there");
        assertTrue(robot.from(kiosk.scene.getRoot()).lookup("#problems").tryQuery().isEmpty());
        Label body = robot.lookup(".kiosk-sentence").queryAs(Label.class);
        assertTrue(body.getFont().getSize() >= 20, "body text is at least 20 px: " + body.getFont());

        robot.interact(() -> kiosk.state.select("331181"));
        robot.clickOn("#kiosk-home");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, kiosk.state.selected(), "Home clears the selection");
    }
}
