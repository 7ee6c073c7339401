package org.mountainsseas.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's one table: a figure per row, its median (min–max), the target and PASS/MISS; and,
 * when the peer harness ran in the same sitting, ECharts' figure for the same thing and the ratio
 * app ÷ ECharts.
 */
final class Table {
    private record Row(String what, String cell, double median, String target, String verdict) {
    }

    private record Peer(String prefix, double value, int decimals) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<Peer> peers = new ArrayList<>();
    private String peerNote;
    private final List<String> notes = new ArrayList<>();

    /** ECharts' figure for every row whose name starts with {@code prefix} (NaN: the harness gave none). */
    void peer(String prefix, double value, int decimals) {
        if (!Double.isNaN(value)) {
            peers.add(new Peer(prefix, value, decimals));
        }
    }

    /** Why the ECharts column is empty (printed under the table). */
    void peerNote(String note) {
        peerNote = note;
    }

    /** A line printed under the table (why a row is empty). */
    void note(String line) {
        notes.add(line);
    }

    /** Adds a row; {@code target} NaN means no target, {@code atMost} whether lower is better. */
    void row(String what, List<Double> values, int decimals, double target, boolean atMost) {
        String t = "";
        String verdict = "";
        if (!Double.isNaN(target) && values != null && !values.isEmpty()) {
            double median = Stats.median(values);
            t = (atMost ? "≤ " : "≥ ") + String.format(Locale.ROOT, "%s", target);
            verdict = (atMost ? median <= target : median >= target) ? "PASS" : "MISS";
        }
        double median = values == null || values.isEmpty() ? Double.NaN : Stats.median(values);
        rows.add(new Row(what, values == null ? "n/a" : Stats.cell(values, decimals), median, t, verdict));
    }

    void print() {
        int w = rows.stream().mapToInt(r -> r.what().length()).max().orElse(10);
        int c = rows.stream().mapToInt(r -> r.cell().length()).max().orElse(10);
        String format = "| %-" + w + "s | %-" + c + "s | %-8s | %-4s | %-9s | %-13s |%n";
        System.out.printf(Locale.ROOT, format, "figure", "median (min–max)", "target", "", "ECharts", "app ÷ ECharts");
        System.out.printf(Locale.ROOT, format, "-".repeat(w), "-".repeat(c), "-".repeat(8), "-".repeat(4), "-".repeat(9), "-".repeat(13));
        for (Row r : rows) {
            Peer p = peers.stream().filter(x -> r.what().startsWith(x.prefix())).findFirst().orElse(null);
            String peer = p == null ? "" : String.format(Locale.ROOT, "%." + p.decimals() + "f", p.value());
            String ratio = p == null || Double.isNaN(r.median()) || p.value() == 0 ? ""
                    : String.format(Locale.ROOT, "%.2f", r.median() / p.value());
            System.out.printf(Locale.ROOT, format, r.what(), r.cell(), r.target(), r.verdict(), peer, ratio);
        }
        if (peerNote != null) {
            System.out.println(peerNote);
        }
        notes.forEach(System.out::println);
    }
}
