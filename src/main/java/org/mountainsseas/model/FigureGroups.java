package org.mountainsseas.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Sorts the province-wide figures into what can honestly be drawn: a trend for each series with
 * numbers of one unit, measure and period at two or more dates, a bar chart for numbers of one
 * unit, measure and period at one date and of comparable size, a single number where nothing
 * compares, and plain text where a figure is not a number (see {@link #quantity}).
 * Pure and deterministic: file order is kept within each kind.
 */
public final class FigureGroups {
    /** Bars shorter than the longest divided by this go to their own group: they would not be seen. */
    static final double MAX_SPREAD = 30;

    /** How a group is drawn. */
    public enum Kind { TREND, BARS, SINGLE, TEXT }

    /** Figures drawn together; a trend's figures are in date order. */
    public record Group(Kind kind, List<ProvinceFigure> figures) {
        public Group {
            figures = List.copyOf(figures);
        }

        /** The unit the group's numbers share (null for text). */
        public String unit() {
            return figures.get(0).figure().unit();
        }
    }

    private FigureGroups() {
    }

    /** Trends first, then bar charts, then single numbers, then text. */
    public static List<Group> of(List<ProvinceFigure> figures) {
        Map<String, List<ProvinceFigure>> series = new LinkedHashMap<>();
        Map<String, List<ProvinceFigure>> sameDate = new LinkedHashMap<>();
        List<Group> trends = new ArrayList<>();
        List<Group> bars = new ArrayList<>();
        List<Group> singles = new ArrayList<>();
        List<Group> texts = new ArrayList<>();
        for (ProvinceFigure f : figures) {
            if (f.figure().value() == null) {
                texts.add(new Group(Kind.TEXT, List.of(f)));
            } else if (f.series() != null) {
                // a series whose figures differ in unit, measure or period is split: no line joins them
                series.computeIfAbsent(f.series() + "|" + quantity(f), k -> new ArrayList<>()).add(f);
            } else {
                String key = quantity(f) + "|" + (f.asOf() == null ? "" : f.asOf().text().en());
                sameDate.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
        for (List<ProvinceFigure> s : series.values()) {
            List<ProvinceFigure> dated = new ArrayList<>(s);
            dated.sort(Comparator.comparingDouble(FigureGroups::when));
            (dated.size() >= 2 ? trends : singles).add(new Group(dated.size() >= 2 ? Kind.TREND : Kind.SINGLE, dated));
        }
        for (List<ProvinceFigure> same : sameDate.values()) {
            for (List<ProvinceFigure> part : comparable(same)) {
                (part.size() >= 2 ? bars : singles).add(new Group(part.size() >= 2 ? Kind.BARS : Kind.SINGLE, part));
            }
        }
        List<Group> out = new ArrayList<>(trends);
        out.addAll(bars);
        out.addAll(singles);
        out.addAll(texts);
        return out;
    }

    /**
     * What a figure is a number of, as far as drawing goes: its unit, its measure (口径) and its
     * period. Two figures may share an axis or a line only when these are equal. A figure that
     * states no measure measures its series' quantity if it is in a series, else only itself: two
     * counts of different things are never put side by side on a guess.
     */
    public static String quantity(ProvinceFigure f) {
        String measure = f.measure() != null ? "measure " + f.measure() : f.series() != null ? "series " + f.series() : "figure " + f.id();
        return f.figure().unit() + "|" + measure + "|" + (f.period() == null ? "" : f.period());
    }

    /** Splits figures of one unit and date into runs whose values are within {@link #MAX_SPREAD} of their largest. */
    static List<List<ProvinceFigure>> comparable(List<ProvinceFigure> same) {
        List<ProvinceFigure> sorted = new ArrayList<>(same);
        sorted.sort(Comparator.comparingDouble((ProvinceFigure f) -> f.figure().value()).reversed());
        List<List<ProvinceFigure>> parts = new ArrayList<>();
        List<ProvinceFigure> current = new ArrayList<>();
        double max = 0;
        for (ProvinceFigure f : sorted) {
            double v = f.figure().value();
            if (current.isEmpty() || v * MAX_SPREAD < max) {
                current = new ArrayList<>();
                parts.add(current);
                max = v;
            }
            current.add(f);
        }
        // keep file order inside each part, so related figures stay next to each other
        for (List<ProvinceFigure> part : parts) {
            part.sort(Comparator.comparingInt(same::indexOf));
        }
        return parts;
    }

    /** The figure's date as a fractional year (month taken into account), for a time axis; undated sorts last. */
    public static double when(ProvinceFigure f) {
        Dating d = f.asOf();
        if (d == null || d.year() == null) {
            return Double.MAX_VALUE;
        }
        return d.year() + (d.month() == null ? 0 : (d.month() - 1) / 12.0);
    }

    /** Whether all figures in the group carry the same provenance (then it is shown once). */
    public static boolean sharedProvenance(Group g) {
        Provenance first = g.figures().get(0).provenance();
        return g.figures().stream().allMatch(f -> Objects.equals(f.provenance(), first));
    }
}
