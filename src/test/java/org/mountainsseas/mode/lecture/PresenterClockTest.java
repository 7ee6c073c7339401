package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.mountainsseas.testing.ManualClock;

class PresenterClockTest {
    @Test
    void elapsedTimeCountsFromTheStartOrTheLastReset() {
        ManualClock clock = new ManualClock(Instant.parse("2026-03-02T06:05:00Z"), ZoneOffset.ofHours(8));
        PresenterClock presenter = new PresenterClock(clock);
        clock.advance(Duration.ofSeconds(247));
        assertEquals("4:07", PresenterClock.elapsedText(presenter.elapsed()));
        assertEquals("14:09", presenter.timeOfDay(), "the time of day in the clock's zone");
        presenter.reset();
        clock.advance(Duration.ofSeconds(3));
        assertEquals(Duration.ofSeconds(3), presenter.elapsed());
        clock.advance(Duration.ofSeconds(-60));
        assertEquals(Duration.ZERO, presenter.elapsed(), "a clock set back never shows a negative time");
    }

    @Test
    void anHourOrMoreShowsHours() {
        assertEquals("0:00", PresenterClock.elapsedText(Duration.ZERO));
        assertEquals("59:59", PresenterClock.elapsedText(Duration.ofSeconds(3599)));
        assertEquals("1:04:07", PresenterClock.elapsedText(Duration.ofSeconds(3847)));
    }
}
