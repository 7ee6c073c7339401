package org.mountainsseas.map;

/**
 * When a gesture has paused, so that the moving image gives way to a crisp frame: the camera has
 * not moved for {@value #SETTLE_MS} ms <em>and</em> for one whole pulse. Time alone is not enough:
 * a roam moves the camera once a pulse, and on a loaded machine one late pulse (a gap over the
 * settle time) would end the motion between two steps and start a crisp frame nobody sees.
 * <p>
 * Pure bookkeeping on {@link System#nanoTime()}-based times, fed by the owner: {@link #moved} on
 * every camera move, {@link #pulse} once a pulse (an {@code AnimationTimer}'s time) while it is
 * {@link #moving}. A pulse's handlers may run before or after a move made in the same pulse, so two
 * counted pulses since the last move mean at least one pulse with no move in it.
 */
final class GesturePause {
    static final int SETTLE_MS = 140;
    private static final long SETTLE_NANOS = SETTLE_MS * 1_000_000L;
    private long lastMove;
    private int quietPulses;
    private boolean moving;

    /** The camera moved at {@code now}: the gesture goes on. */
    void moved(long now) {
        lastMove = now;
        quietPulses = 0;
        moving = true;
    }

    /** A pulse at {@code now}; true once, when the gesture has paused (then it is no longer {@link #moving}). */
    boolean pulse(long now) {
        if (!moving) {
            return false;
        }
        quietPulses = Math.min(quietPulses + 1, 2);
        if (quietPulses >= 2 && now - lastMove >= SETTLE_NANOS) {
            moving = false;
            return true;
        }
        return false;
    }

    /** Ends the gesture without a pause (a change of content repaints at once). */
    void stop() {
        moving = false;
    }

    /** Whether a gesture is going on (moved, and not yet paused or stopped). */
    boolean moving() {
        return moving;
    }
}
