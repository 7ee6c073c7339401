package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Where a flying light is along its arc: travelling, then resting; at home about half the arcs lit at once. */
class FlowPhaseTest {
    @Test
    void aLightCrossesInItsTravelTimeThenRests() {
        assertEquals(0, FlowLayer.phase(0, 6, 3, 0), 1e-9);
        assertEquals(0.465, FlowLayer.phase(1.5, 6, 3, 0), 1e-9, "half way after half the travel time");
        assertEquals(-1, FlowLayer.phase(3.5, 6, 3, 0), "resting after the crossing");
        assertEquals(-1, FlowLayer.phase(5.99, 6, 3, 0));
        assertEquals(0, FlowLayer.phase(6, 6, 3, 0), 1e-9, "and off again");
        assertEquals(0.465, FlowLayer.phase(0, 6, 3, 0.25), 1e-9, "an offset shifts the cycle");
    }

    @Test
    void withoutRestALightIsAlwaysOnItsArc() {
        for (double s = 0; s < 10; s += 0.01) {
            double t = FlowLayer.phase(s, FlowLayer.SELECTED_PERIOD, FlowLayer.SELECTED_PERIOD, 0.3);
            assertTrue(t >= 0 && t < 0.93 + 1e-9, "at " + s + ": " + t);
        }
    }

    @Test
    void atHomeAboutHalfOfTheArcsCarryALightAtAnyMoment() {
        int arcs = 39;
        int most = 0;
        for (double s = 0; s < 60; s += 0.05) {
            int lit = 0;
            for (int i = 0; i < arcs; i++) {
                if (FlowLayer.phase(s, FlowLayer.HOME_PERIOD, FlowLayer.HOME_TRAVEL, (i * 0.618) % 1) >= 0) {
                    lit++;
                }
            }
            most = Math.max(most, lit);
            assertTrue(lit >= 12, "at " + s + " s only " + lit + " arcs lit: the home view should stay alive");
        }
        assertTrue(most <= 22, "at most " + most + " of " + arcs + " arcs lit at once");
    }
}
