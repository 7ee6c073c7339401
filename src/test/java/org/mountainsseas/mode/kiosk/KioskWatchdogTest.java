package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class KioskWatchdogTest {
    private final AtomicLong now = new AtomicLong(0);
    private final Deque<Runnable> uiQueue = new ArrayDeque<>();
    private final List<String> events = new ArrayList<>();
    private final KioskWatchdog dog = new KioskWatchdog(uiQueue::add, now::get, 5_000, 60_000, new KioskWatchdog.Listener() {
        @Override
        public void stalled(long ms) {
            events.add("stalled " + ms);
        }

        @Override
        public void recovered(long ms) {
            events.add("recovered " + ms);
        }

        @Override
        public void dead(long ms) {
            events.add("dead " + ms);
        }
    });

    private void uiRuns() {
        while (!uiQueue.isEmpty()) {
            uiQueue.poll().run();
        }
    }

    @Test
    void aResponsiveUiThreadIsNeverReported() {
        for (int i = 0; i < 100; i++) {
            dog.tick();
            now.addAndGet(1_000);
            uiRuns();
        }
        assertTrue(events.isEmpty(), events.toString());
        assertEquals(0, uiQueue.size());
    }

    @Test
    void aStallIsReportedOnceThenItsRecovery() {
        dog.tick(); // heartbeat posted at 0, never run
        for (int i = 0; i < 8; i++) {
            now.addAndGet(1_000);
            dog.tick();
        }
        assertEquals(List.of("stalled 6000"), events);
        assertEquals(1, uiQueue.size(), "one heartbeat waits; no pile-up");
        uiRuns();
        now.addAndGet(1_000);
        dog.tick();
        assertEquals(List.of("stalled 6000", "recovered 8000"), events);
    }

    @Test
    void aLongStallIsReportedAsDeadOnce() {
        dog.tick();
        for (int i = 0; i < 70; i++) {
            now.addAndGet(1_000);
            dog.tick();
        }
        assertEquals(List.of("stalled 6000", "dead 61000"), events);
    }
}
