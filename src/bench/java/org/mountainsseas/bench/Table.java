package org.mountainsseas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table: a figure per row, its median (min–max), the target and PASS/MISS. */
final class Table {
    private record Row(String what, String cell, String target, String verdict) {
    }

    private final List<Row> rows = new ArrayList<>();

    /** Adds a row; {@code target} NaN means no target, {@code atMost} whether lower is better. */
    void row(String what, List<Double> values, int decimals, double target, boolean atMost) {
        String t = "";
        String verdict = "";
        if (!Double.isNaN(target) && values != null && !values.isEmpty()) {
            double median = Stats.median(values);
            t = (atMost ? "≤ " : "≥ ") + String.format(Locale.ROOT, "%s", target);
            verdict = (atMost ? median <= target : median >= target) ? "PASS" : "MISS";
        }
        rows.add(new Row(what, values == null ? "n/a" : Stats.cell(values, decimals), t, verdict));
    }

    void print() {
        int w = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        int c = rows.stream().mapToInt(r -> r.cell().length()).max().orElse(10);
        String format = "| %-" + w + "s | %-" + c + "s | %-8s | %-4s |%n";
        System.out.printf(Locale.ROOT, format, "figure", "median (min–max)", "target", "");
        System.out.printf(Locale.ROOT, format, "-".repeat(w), "-".repeat(c), "-".repeat(8), "-".repeat(4));
        for (Row r : rows) {
            System.out.printf(Locale.ROOT, format, r.what(), r.cell(), r.target(), r.verdict());
        }
    }
}
