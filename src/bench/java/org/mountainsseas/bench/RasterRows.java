package org.mountainsseas.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code raster} part of the benchmark: {@link RasterBench} run {@code runs} times per layer in
 * fresh JVMs, every timed draw of every run pooled into one row per candidate (median and min–max of
 * the draws; CPU rows: of the runs' per-draw averages). Rows whose names start with {@link #WALL} or
 * {@link #CPU} get ECharts' paint time and CPU per frame beside them when the peer runs.
 */
final class RasterRows {
    static final String WALL = "crisp frame, wall (ms):";
    static final String CPU = "crisp frame, process CPU (ms):";

    /** Runs one JVM of the comparison with these arguments and returns its output. */
    interface Run {
        String exec(List<String> appArgs) throws IOException, InterruptedException;
    }

    /** Result key prefix → what the row says. */
    private static final Map<String, String> CANDIDATES = new LinkedHashMap<>();

    static {
        CANDIDATES.put("paths-only", "tracing the paths only (Java2D Path2D, nothing drawn): the floor of every candidate");
        CANDIDATES.put("fx-canvas", "JavaFX Canvas (FX thread records, renderer rasterises: the pulse)");
        CANDIDATES.put("java2d-aa", "Java2D, all anti-aliased");
        CANDIDATES.put("java2d-fills-noaa", "Java2D, fills not AA, borders and arcs AA");
        CANDIDATES.put("java2d-aa-2bands", "Java2D, all AA, 2 bands on 2 threads");
        CANDIDATES.put("java2d-fills-noaa-2bands", "Java2D, fills not AA, 2 bands on 2 threads");
        CANDIDATES.put("skia-aa", "Skia (Skiko), all anti-aliased");
        CANDIDATES.put("skia-fills-noaa", "Skia (Skiko), fills not AA, borders and arcs AA");
    }

    private RasterRows() {
    }

    static void run(int runs, Table table, Path stress, Run run) {
        layer("Zhejiang", List.of(), runs, table, run);
        if (stress != null) {
            layer("China-wide", List.of(stress.toString()), runs, table, run);
        }
    }

    private static void layer(String name, List<String> args, int runs, Table table, Run run) {
        Map<String, List<Double>> pooled = new LinkedHashMap<>();
        Set<String> skiaErrors = new LinkedHashSet<>();
        for (int i = 0; i < runs; i++) {
            String out;
            try {
                out = run.exec(args);
            } catch (IllegalStateException | IOException | InterruptedException e) {
                System.out.println("a " + name + " raster run failed and is left out: " + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
                continue;
            }
            for (String line : out.lines().toList()) {
                if (line.startsWith("INFO ") || line.startsWith("SKIA_ERROR ")) {
                    System.out.println("  " + line);
                }
                if (line.startsWith("SKIA_ERROR ")) {
                    skiaErrors.add(line.substring(11));
                }
                if (line.startsWith("RESULT ")) {
                    for (String kv : line.substring(7).split(" ")) {
                        String[] p = kv.split("=");
                        List<Double> into = pooled.computeIfAbsent(p[0], k -> new ArrayList<>());
                        for (String v : p[1].split(",")) {
                            into.add(Double.parseDouble(v));
                        }
                    }
                }
            }
            System.out.println(name + " raster run " + (i + 1) + " done");
        }
        CANDIDATES.forEach((key, what) -> table.row(name + " " + WALL + " " + what,
                pooled.get(key + (key.equals("fx-canvas") ? "_pulse" : "_wall")), 1, Double.NaN, true));
        CANDIDATES.forEach((key, what) -> table.row(name + " " + CPU + " " + what, pooled.get(key + "_cpu"), 1, Double.NaN, true));
        table.row(name + " JavaFX Canvas: renderer thread CPU per pulse (ms)", pooled.get("fx-canvas_render_cpu"), 1, Double.NaN, true);
        table.row(name + " JavaFX Canvas: recording the frame on the FX thread (ms)", pooled.get("fx-canvas_record"), 1, Double.NaN, true);
        table.row(name + " swap: copy a Java2D frame into a PixelBuffer (ms)", pooled.get("swap-java2d_copy"), 2, Double.NaN, true);
        table.row(name + " swap: copy a Skia frame into a PixelBuffer (ms)", pooled.get("swap-skia_copy"), 2, Double.NaN, true);
        table.row(name + " swap: pulse showing a new PixelBuffer frame, wall (ms)", pooled.get("swap-java2d_pulse"), 1, Double.NaN, true);
        table.row(name + " swap: pulse showing a new PixelBuffer frame, process CPU (ms)", pooled.get("swap-java2d_cpu"), 1, Double.NaN, true);
        table.row(name + " swap: pulse showing a new PixelBuffer frame, renderer thread CPU (ms)", pooled.get("swap-java2d_render_cpu"), 1,
                Double.NaN, true);
        for (String e : skiaErrors) {
            table.note(name + ": Skia could not be used: " + e);
        }
    }
}
