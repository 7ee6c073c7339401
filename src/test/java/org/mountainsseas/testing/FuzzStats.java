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
    private byte[] slowestInput;

    public FuzzStats(String name) {
        this.name = name;
    }

    /** Runs one input; the slowest is kept to be written out by {@link #report()}. */
    public synchronized void time(byte[] input, Runnable body) {
        time(input.length, input, body);
    }

    /** Runs one input of {@code size} (for inputs that are not plain bytes). */
    public synchronized void time(int size, Runnable body) {
        time(size, null, body);
    }

    private void time(int size, byte[] input, Runnable body) {
        long start = System.nanoTime();
        try {
            body.run();
        } finally {
            long took = System.nanoTime() - start;
            runs++;
            if (runs > WARM_UP && took > slowestNanos) {
                slowestNanos = took;
                slowestSize = size;
                slowestInput = input;
            }
        }
    }

    /** Prints the summary to stderr and writes the slowest input to {@code target/fuzz-slowest/NAME}. */
    public synchronized void report() {
        System.err.printf(Locale.ROOT, "fuzz %s: %d inputs, slowest after warm-up %.1f ms (%d bytes)%n",
                name, runs, slowestNanos / 1e6, slowestSize);
        if (slowestInput != null) {
            try {
                java.nio.file.Path dir = java.nio.file.Path.of("target", "fuzz-slowest");
                java.nio.file.Files.createDirectories(dir);
                java.nio.file.Files.write(dir.resolve(name.replaceAll("[^A-Za-z.]+", "_")), slowestInput);
            } catch (java.io.IOException e) {
                System.err.println("could not keep the slowest input: " + e.getMessage());
            }
        }
    }
}
