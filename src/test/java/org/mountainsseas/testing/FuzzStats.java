package org.mountainsseas.testing;

import java.util.Locale;

/**
 * Times each input of a fuzz test and prints, when the test class ends, how many inputs ran and
 * the slowest one (its time and size) after the first {@value #WARM_UP} inputs, which pay for class
 * loading and JIT compilation. Reported, never asserted: a wall-clock gate would make the
 * build flaky on a busy machine.
 */
public final class FuzzStats {
    static final int WARM_UP = 100;
    private final String name;
    private long runs;
    private long slowestNanos;
    private int slowestSize;

    public FuzzStats(String name) {
        this.name = name;
    }

    /** Runs one input of {@code size} bytes. */
    public synchronized void time(int size, Runnable body) {
        long start = System.nanoTime();
        try {
            body.run();
        } finally {
            long took = System.nanoTime() - start;
            runs++;
            if (runs > WARM_UP && took > slowestNanos) {
                slowestNanos = took;
                slowestSize = size;
            }
        }
    }

    /** Prints the summary to stderr. */
    public synchronized void report() {
        System.err.printf(Locale.ROOT, "fuzz %s: %d inputs, slowest after warm-up %.1f ms (%d bytes)%n",
                name, runs, slowestNanos / 1e6, slowestSize);
    }
}
