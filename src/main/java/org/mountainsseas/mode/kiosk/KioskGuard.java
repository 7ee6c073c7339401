package org.mountainsseas.mode.kiosk;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The kiosk's handler for uncaught exceptions on any thread: logs the error with its stack and
 * asks the UI thread to return to the home view. If errors keep coming (more than
 * {@value #MAX_PER_MINUTE} in a minute, i.e. the reset itself is failing), it gives up and
 * calls {@code giveUp}, which exits for the supervisor to restart the app. Pure: the UI thread
 * is reached through {@code post} and time through {@code clock}.
 */
public final class KioskGuard implements Thread.UncaughtExceptionHandler {
    static final int MAX_PER_MINUTE = 30;
    private static final Logger LOG = Logger.getLogger(KioskGuard.class.getName());
    private final Consumer<Runnable> post;
    private final Runnable recover;
    private final Runnable giveUp;
    private final LongSupplier clock;
    private final Deque<Long> recent = new ArrayDeque<>();
    private boolean gaveUp;
    private long handled;

    public KioskGuard(Consumer<Runnable> post, Runnable recover, Runnable giveUp, LongSupplier clockMillis) {
        this.post = post;
        this.recover = recover;
        this.giveUp = giveUp;
        this.clock = clockMillis;
    }

    @Override
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.log(Level.SEVERE, "uncaught exception in thread " + thread.getName() + "; returning to the home view", error);
        boolean tooMany;
        boolean given;
        synchronized (this) {
            handled++;
            long now = clock.getAsLong();
            recent.addLast(now);
            while (!recent.isEmpty() && recent.peekFirst() < now - 60_000) {
                recent.removeFirst();
            }
            tooMany = recent.size() > MAX_PER_MINUTE && !gaveUp;
            given = gaveUp;
            gaveUp |= tooMany;
        }
        if (given) {
            return;
        }
        if (tooMany) {
            LOG.severe("more than " + MAX_PER_MINUTE + " errors in a minute: giving up so that the supervisor restarts the app");
            giveUp.run();
            return;
        }
        post.accept(() -> {
            try {
                recover.run();
            } catch (RuntimeException again) {
                LOG.log(Level.SEVERE, "returning to the home view failed too", again);
            }
        });
    }

    /** How many uncaught exceptions this guard has handled. */
    public synchronized long handled() {
        return handled;
    }
}
