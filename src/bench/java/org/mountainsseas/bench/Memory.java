package org.mountainsseas.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Heap, resident set and process CPU time of the running JVM. */
final class Memory {
    private static final double MIB = 1024 * 1024;

    private Memory() {
    }

    static double usedHeapMiB() {
        Runtime r = Runtime.getRuntime();
        return (r.totalMemory() - r.freeMemory()) / MIB;
    }

    /** Used heap after asking for full collections until it stops shrinking. */
    static double usedHeapAfterGcMiB() {
        double last = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            double now = usedHeapMiB();
            if (now >= last - 0.05) {
                return now;
            }
            last = now;
        }
        return last;
    }

    /** VmRSS from /proc/self/status, or NaN where there is none. */
    static double rssMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() : -1;
    }
}
