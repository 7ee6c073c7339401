package org.mountainsseas.bench;

import com.sun.javafx.perf.PerformanceTracker;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import javafx.scene.Scene;

/**
 * The work of each pulse, apart from the interval between pulses (which at 60 Hz also holds the
 * timer's jitter): for each pulse, the wall time from its start (the benchmark's animation timer, the
 * first thing a pulse runs) to the moment JavaFX's renderer has presented its frame
 * ({@link PerformanceTracker}'s rendered-frame hook, on the renderer's thread), and the CPU time the FX
 * thread and the renderer spent between this pulse's start and the next one's. A pulse whose work
 * fits in 16.7 ms makes its frame in time; an interval p95 above 16.7 ms with the work below it is
 * the timer, not the app.
 * <p>
 * Pulses and presented frames are paired in order (one frame a pulse: the roam changes the scene on
 * every pulse); if their counts differ the wall figure is left out rather than mispaired.
 */
final class PulseWork {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final int capacity;
    private final long[] starts;
    private final long[] rendered;
    private final double[] cpu;
    /** Written on the FX thread, read on the renderer's (which frames to count). */
    private volatile int pulses;
    /** Written on the renderer's thread, read on the FX thread. */
    private volatile int frames;
    private final long fxThread = Thread.currentThread().getId();
    private long renderThread = -1;
    private long lastCpu = -1;
    private final PerformanceTracker tracker;

    /** Starts pairing pulses and frames of this scene; call on the FX thread. */
    PulseWork(Scene scene, int capacity) {
        this.capacity = capacity;
        starts = new long[capacity];
        rendered = new long[capacity];
        cpu = new double[capacity];
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                renderThread = t.getId();
            }
        }
        tracker = PerformanceTracker.getSceneTracker(scene);
        tracker.setOnRenderedFrameTask(this::frameRendered);
    }

    private void frameRendered() {
        if (pulses == 0) {
            // a frame of a pulse before the first one measured
            return;
        }
        int i = frames;
        if (i < capacity) {
            rendered[i] = System.nanoTime();
        }
        frames = i + 1;
    }

    /** A pulse starts (the benchmark's animation timer, on the FX thread). */
    void pulse() {
        long now = System.nanoTime();
        long threads = threadCpu();
        if (pulses > 0 && pulses <= capacity && lastCpu >= 0 && threads >= 0) {
            cpu[pulses - 1] = (threads - lastCpu) / 1e6;
        }
        lastCpu = threads;
        if (pulses < capacity) {
            starts[pulses] = now;
        }
        pulses++;
    }

    private long threadCpu() {
        long fx = THREADS.getThreadCpuTime(fxThread);
        long render = renderThread < 0 ? 0 : THREADS.getThreadCpuTime(renderThread);
        return fx < 0 || render < 0 ? -1 : fx + render;
    }

    /** Stops listening; call on the FX thread once the last frame of the measured pulses is presented. */
    void stop() {
        tracker.setOnRenderedFrameTask(null);
    }

    /** p95 of pulse start → frame presented (ms), or NaN when pulses and frames do not pair. */
    double wallP95() {
        int n = Math.min(Math.min(pulses, frames), capacity);
        if (n < 2 || !paired()) {
            return Double.NaN;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = (rendered[i] - starts[i]) / 1e6;
            if (w[i] < 0) {
                // a frame presented before its pulse began: the pairing is off by one, say nothing
                return Double.NaN;
            }
        }
        java.util.Arrays.sort(w);
        return Stats.percentile(w, 95);
    }

    /** p95 of the FX thread's and the renderer's CPU from one pulse's start to the next (ms). */
    double cpuP95() {
        int n = Math.min(pulses - 1, capacity);
        if (n < 2) {
            return Double.NaN;
        }
        double[] c = java.util.Arrays.copyOf(cpu, n);
        java.util.Arrays.sort(c);
        return Stats.percentile(c, 95);
    }

    /** Whether as many frames were presented as pulses began (give or take the last one): the pairing holds. */
    boolean paired() {
        return Math.abs(pulses - frames) <= 1;
    }
}
