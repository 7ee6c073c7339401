package org.mountainsseas.mode.kiosk;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

/**
 * Notices a stalled UI thread. Every tick it posts a heartbeat to the UI thread (through
 * {@code post}, i.e. {@code Platform::runLater}) unless one is still waiting, and measures how long
 * ago the last one ran. Silence longer than {@code stallMillis} is reported once as a stall; the
 * next heartbeat reports the recovery; silence longer than {@code deadMillis} is reported once as
 * dead (the kiosk then exits for its supervisor to restart it). The logic is in {@link #tick()}
 * with an injectable clock, so it is tested without a thread or waiting.
 */
public final class KioskWatchdog implements AutoCloseable {
    /** What the watchdog reports; called on the watchdog's own thread. */
    public interface Listener {
        void stalled(long silentMillis);

        void recovered(long silentMillis);

        void dead(long silentMillis);
    }

    private final Consumer<Runnable> post;
    private final LongSupplier clock;
    private final long stallMillis;
    private final long deadMillis;
    private final Listener listener;
    private volatile long lastBeat;
    private volatile boolean pending;
    private boolean stalled;
    private boolean dead;
    private long worstSilence;
    private ScheduledExecutorService executor;

    public KioskWatchdog(Consumer<Runnable> post, LongSupplier clockMillis, long stallMillis, long deadMillis, Listener listener) {
        this.post = post;
        this.clock = clockMillis;
        this.stallMillis = stallMillis;
        this.deadMillis = Math.max(deadMillis, stallMillis);
        this.listener = listener;
        this.lastBeat = clockMillis.getAsLong();
    }

    /** Starts ticking on a daemon thread, a few times per stall period. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "kiosk-watchdog");
            t.setDaemon(true);
            return t;
        });
        long period = Math.max(50, Math.min(1000, stallMillis / 4));
        executor.scheduleAtFixedRate(this::safeTick, period, period, TimeUnit.MILLISECONDS);
    }

    private void safeTick() {
        try {
            tick();
        } catch (RuntimeException e) {
            // a watchdog that dies silently is worse than none: keep ticking
            java.util.logging.Logger.getLogger(KioskWatchdog.class.getName()).warning("watchdog tick failed: " + e);
        }
    }

    /** One check: reports a stall, a recovery or death, then posts a heartbeat if none is waiting. */
    public synchronized void tick() {
        long now = clock.getAsLong();
        long silent = pending ? now - lastBeat : 0;
        if (!pending && stalled) {
            stalled = false;
            dead = false;
            listener.recovered(worstSilence);
        }
        if (silent > stallMillis && !stalled) {
            stalled = true;
            listener.stalled(silent);
        }
        if (stalled) {
            worstSilence = Math.max(worstSilence, silent);
        }
        if (silent > deadMillis && !dead) {
            dead = true;
            listener.dead(silent);
        }
        if (!pending) {
            worstSilence = 0;
            pending = true;
            lastBeat = now;
            post.accept(() -> pending = false);
        }
    }

    public synchronized boolean stalled() {
        return stalled;
    }

    @Override
    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }
}
