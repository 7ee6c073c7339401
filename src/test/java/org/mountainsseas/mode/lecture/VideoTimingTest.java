package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;

class VideoTimingTest {

    @Test
    void aStepIsHeldLongEnoughToReadItWithinBounds() {
        VideoTiming t = VideoTiming.standard(25);
        assertEquals(100, t.holdFrames("short", Language.EN), "at least 4 s");
        // 2 s to look, then 150 characters at 15 a second: 12 s
        assertEquals(300, t.holdFrames("x".repeat(150), Language.EN));
        // Chinese is read by the character, more slowly: 2 s + 60 / 6 s
        assertEquals(300, t.holdFrames("山".repeat(60), Language.ZH));
        assertEquals(350, t.holdFrames("x".repeat(5000), Language.EN), "at most 14 s");
    }

    @Test
    void theFirstStepOpensTheVideoAndEveryLaterOneFliesIn() {
        VideoTiming t = VideoTiming.fixed(30, 1, 0.5, 2);
        assertEquals(30, t.flightFrames());
        assertEquals(15, t.fadeFrames());
        assertEquals(60 + 2 * (30 + 60), t.totalFrames(List.of("a", "b", "c"), Language.EN));
    }

    @Test
    void refusesATimingThatCannotBeRendered() {
        assertThrows(IllegalArgumentException.class, () -> VideoTiming.fixed(0, 1, 0.5, 2));
        assertThrows(IllegalArgumentException.class, () -> VideoTiming.fixed(25, 1, 2, 2), "a fade longer than its flight");
    }
}
