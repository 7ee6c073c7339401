package org.mountainsseas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ShownTextTest {
    @Test
    void realNamesAreShownWhole() {
        for (String name : new String[] {"Jingning She Autonomous County", "景宁畲族自治县", "Qingyuan County", "Tiếng Việt"}) {
            assertEquals(name, ShownText.name(name));
            assertFalse(ShownText.cut(name));
        }
        assertEquals("x".repeat(ShownText.NAME), ShownText.name("x".repeat(ShownText.NAME)));
    }

    @Test
    void aLongerNameIsCutWithAnEllipsisWithinTheLimit() {
        String name = "Longquan City of celadon and swords ".repeat(3);
        String shown = ShownText.name(name);
        assertTrue(ShownText.cut(name));
        assertTrue(shown.endsWith("…"), shown);
        assertTrue(shown.codePointCount(0, shown.length()) <= ShownText.NAME, shown);
        assertTrue(name.startsWith(shown.substring(0, shown.length() - 1)), shown);
        assertFalse(shown.contains(" …"), "no space before the ellipsis: " + shown);
        assertEquals("Longquan City of celadon and swords Lon…", shown);
    }

    @Test
    void aCutKeepsEachLetterWithItsMarksAndNeverSplitsAPair() {
        // a letter with four combining marks straddles the cut: it goes whole, not with some of its marks
        String marked = "a".repeat(37) + "e\u0301\u0302\u0303\u0304" + "b".repeat(10);
        assertEquals("a".repeat(37) + "…", ShownText.clip(marked, 40));
        // a character outside the BMP (two chars) straddling the cut
        String astral = "a".repeat(38) + "𠀀" + "b".repeat(5);
        String shown = ShownText.clip(astral, 40);
        assertEquals("a".repeat(38) + "𠀀…", shown);
    }
}
