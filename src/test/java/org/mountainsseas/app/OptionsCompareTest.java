package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** --compare-years A,B and --compare-mode split|swipe. */
class OptionsCompareTest {
    @Test
    void twoYearsOpenTheComparisonSideBySideByDefault() throws Exception {
        Options o = Options.parse(List.of("--compare-years", "2012,2024", "--snapshot", "c.png"));
        assertTrue(o.compare().shown());
        assertEquals(2012, o.compare().yearA());
        assertEquals(2024, o.compare().yearB());
        assertFalse(o.compare().swipe());
    }

    @Test
    void todayAndTheSwipeModeCanBeAskedFor() throws Exception {
        Options o = Options.parse(List.of("--compare-mode", "swipe", "--compare-years", "2012,today"));
        assertNull(o.compare().yearB());
        assertTrue(o.compare().swipe());
        assertFalse(Options.parse(List.of()).compare().shown());
    }

    @Test
    void aBadValueIsRefusedWithAOneLineMessage() {
        for (String bad : List.of("2012", "2012,", "12,2024", "2012,2024,2025", "2012;2024")) {
            Options.BadArguments e = assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--compare-years", bad)));
            assertEquals("--compare-years needs two years such as 2012,2024 (or today), not " + bad, e.getMessage());
        }
        assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--compare-mode", "stack", "--compare-years", "2012,2024")));
        assertEquals("--compare-mode needs --compare-years",
                assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--compare-mode", "swipe"))).getMessage());
        assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--kiosk", "--compare-years", "2012,2024")));
    }
}
