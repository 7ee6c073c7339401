package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionsYearTest {
    @Test
    void aYearAndTheFiguresTabCanBeAskedFor() throws Exception {
        Options o = Options.parse(List.of("--snapshot", "x.png", "--year", "2012", "--figures"));
        assertEquals(2012, o.year());
        assertTrue(o.figures());
    }

    @Test
    void withoutThemTheMapOpensAsToday() throws Exception {
        Options o = Options.parse(List.of());
        assertNull(o.year());
        assertFalse(o.figures());
    }

    @Test
    void aYearThatIsNotFourDigitsIsRefusedWithAOneLineMessage() {
        Options.BadArguments e = assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--year", "12")));
        assertEquals("--year needs a four-digit year such as 2012, not 12", e.getMessage());
        assertThrows(Options.BadArguments.class, () -> Options.parse(List.of("--year")));
    }
}
