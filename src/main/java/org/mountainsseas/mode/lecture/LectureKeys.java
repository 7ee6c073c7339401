package org.mountainsseas.mode.lecture;

import javafx.scene.input.KeyCode;

/**
 * Presenter keys with PowerPoint's habits, as clickers (e.g. Logitech R400) send them:
 * → ↓ PageDown Space Enter N next; ← ↑ PageUp Backspace P previous; Home/End first/last;
 * B or . black screen, W or , white screen (again to return); digits then Enter jump to that step;
 * F5 from the beginning, Shift+F5 from the current step; Esc leaves. T switches the theme and
 * L the language. Pure key → command mapping, so it is tested without a window.
 */
final class LectureKeys {
    /** What a key asks for. {@link #JUMP} carries the typed step number in {@link #number()}. */
    enum Action { NEXT, PREVIOUS, FIRST, LAST, BLACK, WHITE, JUMP, RESTART, RESUME, LEAVE, THEME, LANGUAGE }

    private final StringBuilder digits = new StringBuilder();
    private int number;

    /** The step number (1-based) of the last {@link Action#JUMP}. */
    int number() {
        return number;
    }

    /** Digits typed so far and not yet confirmed by Enter ("" for none), for on-screen feedback. */
    String pending() {
        return digits.toString();
    }

    /** The command for a key press, or null if the key is not a presenter key (or only adds a digit). */
    Action press(KeyCode code, boolean shift) {
        if (code.isDigitKey() && !shift) {
            if (digits.length() < 4) {
                digits.append(digitOf(code));
            }
            return null;
        }
        if (code == KeyCode.ENTER && digits.length() > 0) {
            number = Integer.parseInt(digits.toString());
            digits.setLength(0);
            return Action.JUMP;
        }
        digits.setLength(0);
        switch (code) {
            case RIGHT: case DOWN: case PAGE_DOWN: case SPACE: case ENTER: case N: return Action.NEXT;
            case LEFT: case UP: case PAGE_UP: case BACK_SPACE: case P: return Action.PREVIOUS;
            case HOME: return Action.FIRST;
            case END: return Action.LAST;
            case B: case PERIOD: return Action.BLACK;
            case W: case COMMA: return Action.WHITE;
            case F5: return shift ? Action.RESUME : Action.RESTART;
            case ESCAPE: return Action.LEAVE;
            case T: return Action.THEME;
            case L: return Action.LANGUAGE;
            default: return null;
        }
    }

    private static char digitOf(KeyCode code) {
        String name = code.getName();
        // DIGIT5 is "5"; NUMPAD5 is "Numpad 5"
        return name.charAt(name.length() - 1);
    }
}
