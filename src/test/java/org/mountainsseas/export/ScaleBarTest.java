package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ScaleBarTest {
    @Test
    void scaleBarsAreRoundLengthsThatFit() {
        ScaleBar.Bar bar = ScaleBar.fit(500, 200);
        assertEquals(100, bar.km(), 1e-9);
        assertEquals(200, bar.length(), 1e-9);
        ScaleBar.Bar small = ScaleBar.fit(120, 100);
        assertEquals(10, small.km(), 1e-9);
        assertTrue(small.length() <= 100);
        assertEquals("10 km", small.label());
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.fit(0, 100));
    }
}
