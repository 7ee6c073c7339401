package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GesturePauseTest {
    private static final long MS = 1_000_000L;

    @Test
    void aGestureThatStopsPausesOnceTheSettleTimeHasPassedOnAPulse() {
        GesturePause p = new GesturePause();
        p.moved(0);
        assertFalse(p.pulse(16 * MS));
        assertFalse(p.pulse(33 * MS));
        assertFalse(p.pulse((GesturePause.SETTLE_MS - 1) * MS), "not before the settle time");
        assertTrue(p.pulse(GesturePause.SETTLE_MS * MS));
        assertFalse(p.moving());
        assertFalse(p.pulse(400 * MS), "once");
    }

    @Test
    void lateRoamStepsOnAnOverloadedMachineNeverEndTheGesture() {
        GesturePause p = new GesturePause();
        long now = 0;
        p.moved(now);
        for (int step = 0; step < 50; step++) {
            // each pulse comes 300 ms after the last, and the roam moves the camera in each one
            now += 300 * MS;
            assertFalse(p.pulse(now), "step " + step);
            p.moved(now + MS);
        }
        assertTrue(p.moving());
    }

    @Test
    void aMoveThatRunsBeforeThePulseHandlerInTheSamePulseAlsoKeepsItGoing() {
        GesturePause p = new GesturePause();
        long now = 0;
        for (int step = 0; step < 20; step++) {
            now += 200 * MS;
            p.moved(now - MS);
            assertFalse(p.pulse(now), "step " + step);
        }
        assertTrue(p.moving());
    }

    @Test
    void oneLatePulseWithoutAMovePausesTheGesture() {
        GesturePause p = new GesturePause();
        p.moved(0);
        assertFalse(p.pulse(MS), "the pulse of the move itself");
        assertTrue(p.pulse(300 * MS), "a whole pulse later, past the settle time, with no move in between");
    }

    @Test
    void aChangeOfContentStopsItWithoutAPause() {
        GesturePause p = new GesturePause();
        p.moved(0);
        p.stop();
        assertFalse(p.pulse(500 * MS));
        assertFalse(p.moving());
    }
}
