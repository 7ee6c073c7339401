package org.mountainsseas.mode.kiosk;

import java.util.EnumSet;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Which keys a kiosk lets through. A short allow-list — arrows, + and −, Home, digits, Enter,
 * Space, Backspace, without Ctrl, Alt or Meta — so Esc, F11, Alt+F4, Ctrl+Q, Ctrl+W, the
 * Windows/Meta key and any shortcut a future feature adds do nothing. Ctrl+Alt+Shift+Q opens the
 * admin PIN pad.
 */
public final class KioskKeys {
    /** The admin exit's key combination. */
    public static final KeyCombination ADMIN = new KeyCodeCombination(KeyCode.Q,
            KeyCombination.CONTROL_DOWN, KeyCombination.ALT_DOWN, KeyCombination.SHIFT_DOWN);
    private static final Set<KeyCode> ALLOWED = EnumSet.of(KeyCode.LEFT, KeyCode.RIGHT, KeyCode.UP, KeyCode.DOWN,
            KeyCode.PLUS, KeyCode.MINUS, KeyCode.ADD, KeyCode.SUBTRACT, KeyCode.EQUALS, KeyCode.HOME,
            KeyCode.ENTER, KeyCode.SPACE, KeyCode.BACK_SPACE, KeyCode.SHIFT);

    private KioskKeys() {
    }

    /** Whether a key event may reach the app. */
    public static boolean allowed(KeyEvent e) {
        if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.isShortcutDown()) {
            return false;
        }
        if (e.getEventType() == KeyEvent.KEY_TYPED) {
            return true;
        }
        KeyCode c = e.getCode();
        return ALLOWED.contains(c) || c.isDigitKey();
    }
}
