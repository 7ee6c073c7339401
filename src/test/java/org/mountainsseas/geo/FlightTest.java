package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FlightTest {

    @Test
    void startsAndEndsExactlyAndPassesTheMiddleHalfWay() {
        Flight f = new Flight(new Flight.View(100, 200, 7), new Flight.View(300, 0, 9));
        assertEquals(f.from(), f.at(0));
        assertEquals(300, f.at(1).x(), 1e-9);
        assertEquals(9, f.at(1).zoom(), 1e-9);
        assertEquals(new Flight.View(200, 100, 8), f.at(0.5));
        assertEquals(f.at(1), f.at(1.5), "clamped");
    }

    @Test
    void easesInAndOut() {
        // slow at the ends: a tenth of the time covers well under a tenth of the way
        assertTrue(Flight.ease(0.1) < 0.01);
        assertTrue(Flight.ease(0.9) > 0.99);
        assertEquals(1 - Flight.ease(0.3), Flight.ease(0.7), 1e-12, "symmetric");
    }
}
