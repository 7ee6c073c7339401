package org.mountainsseas.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Percentiles and the "median (min–max)" cells of the table. */
final class Stats {
    private Stats() {
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        if (v.length == 0) {
            return Double.NaN;
        }
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** "median (min–max)" with the given number of decimals. */
    static String cell(List<Double> values, int decimals) {
        if (values.isEmpty()) {
            return "n/a";
        }
        String f = "%." + decimals + "f";
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, f + " (" + f + "–" + f + ")", median(values), min, max);
    }
}
