package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.mountainsseas.mode.kiosk.KioskPinGate.Result;

class KioskPinGateTest {
    private final AtomicLong now = new AtomicLong(1_000_000);
    private final KioskPinGate gate = new KioskPinGate("4711", now::get);

    @Test
    void theRightPinIsAccepted() {
        assertEquals(Result.ACCEPTED, gate.attempt("4711"));
    }

    @Test
    void threeWrongPinsAreFreeThenTheGateLocksForLongerEachTime() {
        assertEquals(Result.REJECTED, gate.attempt("1"));
        assertEquals(Result.REJECTED, gate.attempt("2"));
        assertEquals(0, gate.lockedForMillis());
        assertEquals(Result.REJECTED, gate.attempt("3"));
        assertEquals(30_000, gate.lockedForMillis());
        // while locked, even the right PIN is refused and the lock does not grow
        assertEquals(Result.LOCKED, gate.attempt("4711"));
        assertEquals(30_000, gate.lockedForMillis());
        now.addAndGet(30_000);
        assertEquals(Result.REJECTED, gate.attempt("4"));
        assertEquals(60_000, gate.lockedForMillis());
        now.addAndGet(60_000);
        assertEquals(Result.REJECTED, gate.attempt("5"));
        assertEquals(120_000, gate.lockedForMillis());
    }

    @Test
    void theLockIsCappedAndTheRightPinResetsTheCount() {
        for (int i = 0; i < 40; i++) {
            now.addAndGet(gate.lockedForMillis());
            gate.attempt("0000");
        }
        assertEquals(KioskPinGate.MAX_LOCK_MILLIS, gate.lockedForMillis());
        now.addAndGet(gate.lockedForMillis());
        assertEquals(Result.ACCEPTED, gate.attempt("4711"));
        assertEquals(0, gate.failures());
        assertEquals(Result.REJECTED, gate.attempt("0000"));
        assertEquals(0, gate.lockedForMillis(), "the count started again");
    }
}
