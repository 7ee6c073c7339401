package org.mountainsseas.mode.lecture;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Locale;

/**
 * The presenter's two times: how long the talk has run (from the start or the last {@link #reset})
 * and the time of day. Reads a {@link Clock}, so tests move time by hand instead of waiting.
 */
final class PresenterClock {
    private final Clock clock;
    private Instant start;

    PresenterClock(Clock clock) {
        this.clock = clock;
        this.start = clock.instant();
    }

    /** Time since the start or the last reset (never negative, should the clock be set back). */
    Duration elapsed() {
        Duration d = Duration.between(start, clock.instant());
        return d.isNegative() ? Duration.ZERO : d;
    }

    /** Starts the elapsed time again from zero. */
    void reset() {
        start = clock.instant();
    }

    /** "4:07" under an hour, "1:04:07" from an hour. */
    static String elapsedText(Duration d) {
        long s = d.getSeconds();
        return s < 3600 ? String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
    }

    /** The time of day in the clock's zone, "14:05". */
    String timeOfDay() {
        LocalTime t = LocalTime.ofInstant(clock.instant(), clock.getZone());
        return String.format(Locale.ROOT, "%02d:%02d", t.getHour(), t.getMinute());
    }
}
