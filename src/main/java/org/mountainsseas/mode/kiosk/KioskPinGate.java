package org.mountainsseas.mode.kiosk;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.LongSupplier;

/**
 * Checks the admin PIN and rate-limits wrong guesses. The first {@value #FREE_TRIES} wrong PINs
 * cost nothing; each further one locks the gate for {@code base × 2^(n − 1)} (30 s, 60 s, 2 min …)
 * up to a cap of 30 minutes. A right PIN resets the count. Pure, with an injectable millisecond
 * clock, so the lockout is tested without waiting.
 */
public final class KioskPinGate {
    /** Wrong PINs allowed before the first lockout. */
    public static final int FREE_TRIES = 3;
    static final long BASE_LOCK_MILLIS = 30_000;
    static final long MAX_LOCK_MILLIS = 30 * 60_000;

    /** What a try came to. */
    public enum Result { ACCEPTED, REJECTED, LOCKED }

    private final byte[] pin;
    private final LongSupplier clock;
    private int failures;
    private long lockedUntil;

    public KioskPinGate(String pin, LongSupplier clockMillis) {
        this.pin = pin.getBytes(StandardCharsets.UTF_8);
        this.clock = clockMillis;
    }

    /** Tries a PIN; while locked, every try is refused without being checked (and without extending the lock). */
    public Result attempt(String guess) {
        long now = clock.getAsLong();
        if (now < lockedUntil) {
            return Result.LOCKED;
        }
        if (MessageDigest.isEqual(pin, guess.getBytes(StandardCharsets.UTF_8))) {
            failures = 0;
            lockedUntil = 0;
            return Result.ACCEPTED;
        }
        failures++;
        if (failures >= FREE_TRIES) {
            int over = failures - FREE_TRIES;
            long lock = over >= 16 ? MAX_LOCK_MILLIS : Math.min(MAX_LOCK_MILLIS, BASE_LOCK_MILLIS << over);
            lockedUntil = now + lock;
        }
        return Result.REJECTED;
    }

    /** Milliseconds until the next try is accepted; 0 when not locked. */
    public long lockedForMillis() {
        return Math.max(0, lockedUntil - clock.getAsLong());
    }

    public int failures() {
        return failures;
    }
}
