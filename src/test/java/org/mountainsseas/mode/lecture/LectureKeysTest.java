package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

class LectureKeysTest {
    private final LectureKeys keys = new LectureKeys();

    @Test
    void clickerAndKeyboardKeysMapToPowerPointCommands() {
        for (KeyCode k : new KeyCode[] {KeyCode.RIGHT, KeyCode.DOWN, KeyCode.PAGE_DOWN, KeyCode.SPACE, KeyCode.ENTER, KeyCode.N}) {
            assertEquals(LectureKeys.Action.NEXT, keys.press(k, false), k.toString());
        }
        for (KeyCode k : new KeyCode[] {KeyCode.LEFT, KeyCode.UP, KeyCode.PAGE_UP, KeyCode.BACK_SPACE, KeyCode.P}) {
            assertEquals(LectureKeys.Action.PREVIOUS, keys.press(k, false), k.toString());
        }
        assertEquals(LectureKeys.Action.FIRST, keys.press(KeyCode.HOME, false));
        assertEquals(LectureKeys.Action.LAST, keys.press(KeyCode.END, false));
        assertEquals(LectureKeys.Action.BLACK, keys.press(KeyCode.B, false));
        assertEquals(LectureKeys.Action.BLACK, keys.press(KeyCode.PERIOD, false));
        assertEquals(LectureKeys.Action.WHITE, keys.press(KeyCode.W, false));
        assertEquals(LectureKeys.Action.WHITE, keys.press(KeyCode.COMMA, false));
        assertEquals(LectureKeys.Action.RESTART, keys.press(KeyCode.F5, false));
        assertEquals(LectureKeys.Action.RESUME, keys.press(KeyCode.F5, true));
        assertEquals(LectureKeys.Action.LEAVE, keys.press(KeyCode.ESCAPE, false));
        assertNull(keys.press(KeyCode.Q, false), "other keys are left alone");
    }

    @Test
    void digitsThenEnterJumpToThatStep() {
        assertNull(keys.press(KeyCode.DIGIT1, false));
        assertNull(keys.press(KeyCode.NUMPAD2, false));
        assertEquals("12", keys.pending());
        assertEquals(LectureKeys.Action.JUMP, keys.press(KeyCode.ENTER, false));
        assertEquals(12, keys.number());
        assertEquals("", keys.pending());
        assertEquals(LectureKeys.Action.NEXT, keys.press(KeyCode.ENTER, false), "Enter alone still advances");
    }

    @Test
    void anotherKeyForgetsTypedDigits() {
        keys.press(KeyCode.DIGIT7, false);
        assertEquals(LectureKeys.Action.NEXT, keys.press(KeyCode.RIGHT, false));
        assertEquals(LectureKeys.Action.NEXT, keys.press(KeyCode.ENTER, false), "the 7 was dropped");
    }

    @Test
    void exportSizesParseWithinLimits() {
        assertEquals(3840, ExportSize.parse("3840x2160")[0]);
        assertEquals(1080, ExportSize.parse(" 1920 × 1080 ")[1]);
        assertNull(ExportSize.parse("100x100"));
        assertNull(ExportSize.parse("wide"));
        assertNull(ExportSize.parse("9000x9000"));
    }
}
