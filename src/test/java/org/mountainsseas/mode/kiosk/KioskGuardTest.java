package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KioskGuardTest {
    private final AtomicLong now = new AtomicLong(0);
    private final List<Runnable> posted = new ArrayList<>();
    private final AtomicInteger recovered = new AtomicInteger();
    private final AtomicInteger gaveUp = new AtomicInteger();
    private final KioskGuard guard = new KioskGuard(posted::add, recovered::incrementAndGet, gaveUp::incrementAndGet, now::get);

    @Test
    void anUncaughtExceptionAsksTheUiToGoHome() {
        guard.uncaughtException(Thread.currentThread(), new IllegalStateException("boom"));
        assertEquals(1, posted.size());
        posted.get(0).run();
        assertEquals(1, recovered.get());
        assertEquals(0, gaveUp.get());
    }

    @Test
    void aRecoveryThatFailsIsLoggedNotThrown() {
        KioskGuard failing = new KioskGuard(Runnable::run, () -> {
            throw new IllegalStateException("reset failed");
        }, gaveUp::incrementAndGet, now::get);
        failing.uncaughtException(Thread.currentThread(), new RuntimeException("first"));
        assertEquals(1, failing.handled());
    }

    @Test
    void anErrorStormGivesUpOnceSoTheSupervisorRestarts() {
        for (int i = 0; i < 100; i++) {
            now.addAndGet(100);
            guard.uncaughtException(Thread.currentThread(), new RuntimeException("again"));
        }
        assertEquals(1, gaveUp.get());
        assertEquals(KioskGuard.MAX_PER_MINUTE, posted.size());
    }

    @Test
    void errorsSpreadOverTimeNeverGiveUp() {
        for (int i = 0; i < 200; i++) {
            now.addAndGet(10_000);
            guard.uncaughtException(Thread.currentThread(), new RuntimeException("now and then"));
        }
        assertEquals(0, gaveUp.get());
    }
}
