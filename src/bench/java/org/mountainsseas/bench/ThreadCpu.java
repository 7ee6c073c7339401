package org.mountainsseas.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of the JVM's threads by role, to split a run's CPU per frame: the FX thread (layout,
 * recording, resampling), JavaFX's renderer (drawing the scene and presenting it), the map's
 * rasteriser, the other Java threads, and the rest of the process (the collector, the JIT, the VM),
 * plus the collector's own count of time spent.
 */
final class ThreadCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private final Map<String, Long> start;
    private final Map<String, Long> allocatedStart;
    private final long processStart = Memory.processCpuNanos();
    private final long gcStart = gcMillis();

    private ThreadCpu() {
        start = byRole();
        allocatedStart = allocatedByRole();
    }

    /** Starts counting now. */
    static ThreadCpu start() {
        return new ThreadCpu();
    }

    /** ms of CPU per frame, by role, since {@link #start}: fx, render, raster, java (other threads), vm (the rest), gc (collections' time). */
    Map<String, Double> perFrame(int frames) {
        Map<String, Long> now = byRole();
        Map<String, Double> out = new LinkedHashMap<>();
        long threads = 0;
        for (String role : new String[] {"fx", "render", "raster", "java"}) {
            long d = now.getOrDefault(role, 0L) - start.getOrDefault(role, 0L);
            threads += d;
            out.put(role, d / 1e6 / frames);
        }
        out.put("vm", (Memory.processCpuNanos() - processStart - threads) / 1e6 / frames);
        out.put("gc", (double) (gcMillis() - gcStart) / frames);
        return out;
    }

    /** KB allocated per frame, by thread role, since {@link #start}: fx, raster (the collectors' work comes from these). */
    Map<String, Double> allocatedKbPerFrame(int frames) {
        Map<String, Long> now = allocatedByRole();
        Map<String, Double> out = new LinkedHashMap<>();
        for (String role : new String[] {"fx", "raster"}) {
            out.put(role, (now.getOrDefault(role, 0L) - allocatedStart.getOrDefault(role, 0L)) / 1024.0 / frames);
        }
        return out;
    }

    private static Map<String, Long> allocatedByRole() {
        Map<String, Long> out = new LinkedHashMap<>();
        if (!(THREADS instanceof com.sun.management.ThreadMXBean bean)) {
            return out;
        }
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info != null) {
                long bytes = bean.getThreadAllocatedBytes(info.getThreadId());
                if (bytes >= 0) {
                    out.merge(role(info.getThreadName()), bytes, Long::sum);
                }
            }
        }
        return out;
    }

    /** What a role of {@link #perFrame} counts, for a row's name. */
    static String describe(String role) {
        return switch (role) {
            case "fx" -> "FX thread";
            case "render" -> "JavaFX's renderer";
            case "raster" -> "the map's worker";
            case "java" -> "other Java threads";
            case "vm" -> "the rest of the process (JIT, collector, VM)";
            default -> "collections (the collector's own count)";
        };
    }

    private static Map<String, Long> byRole() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (ThreadInfo info : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long cpu = THREADS.getThreadCpuTime(info.getThreadId());
            if (cpu >= 0) {
                out.merge(role(info.getThreadName()), cpu, Long::sum);
            }
        }
        return out;
    }

    private static String role(String name) {
        if (name.equals("JavaFX Application Thread")) {
            return "fx";
        }
        if (name.startsWith("QuantumRenderer")) {
            return "render";
        }
        return name.equals("map-raster") ? "raster" : "java";
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }
}
