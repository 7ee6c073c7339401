package org.mountainsseas.map;

/**
 * The clock of each painter's share of a crisp frame ({@link MapPainter#meanPaintMillis},
 * {@link MapPainter#meanRasterMillis}): the thread's CPU time, read only with
 * {@code -Dmountainsseas.painterTimes=true} (the benchmark sets it; under load a wall clock would
 * also count the waits for a core). Off, it reads nothing and every share stays 0. The JMX
 * classes it needs are touched only when on: the app image carries no {@code java.management}.
 */
final class PainterClock {
    static final boolean ON = Boolean.getBoolean("mountainsseas.painterTimes");

    private PainterClock() {
    }

    /** This thread's CPU time in ns, or 0 when off. */
    static long now() {
        return ON ? Threads.BEAN.getCurrentThreadCpuTime() : 0;
    }

    /** Loaded at the first reading, so only when on. */
    private static final class Threads {
        static final java.lang.management.ThreadMXBean BEAN = java.lang.management.ManagementFactory.getThreadMXBean();
    }
}
