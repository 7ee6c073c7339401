package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Greedy label placement: candidates are taken in the order given (most important first) and a
 * label is kept only if its box does not overlap one already kept. Pure arithmetic, so it can be
 * run on every zoom change.
 */
public final class LabelPlacer {
    private LabelPlacer() {
    }

    /** A label box centred on (x, y) in screen pixels. */
    public record Candidate(String id, double x, double y, double width, double height) {
        boolean overlaps(Candidate o, double gap) {
            return Math.abs(x - o.x) * 2 < width + o.width + gap * 2 && Math.abs(y - o.y) * 2 < height + o.height + gap * 2;
        }
    }

    /** The candidates that fit without overlapping, in input order. */
    public static List<Candidate> place(List<Candidate> ordered, double gap) {
        return place(ordered, gap, id -> false, c -> false);
    }

    /**
     * As {@link #place(List, double)}, but a label that {@code nudge} accepts and that does not fit
     * where it is tries a line lower, a line higher, either side, then two lines away, before it is left out (a highlighted
     * county keeps its name when another label sits on its point). No label is put where
     * {@code blocked} says something else is drawn.
     */
    public static List<Candidate> place(List<Candidate> ordered, double gap, java.util.function.Predicate<String> nudge,
                                        java.util.function.Predicate<Candidate> blocked) {
        List<Candidate> kept = new ArrayList<>();
        for (Candidate c : ordered) {
            Candidate fit = !blocked.test(c) && fits(c, kept, gap) ? c : null;
            if (fit == null && nudge.test(c.id())) {
                double step = c.height() + gap, side = c.width() * 0.6 + gap;
                for (double[] d : new double[][] {{0, step}, {0, -step}, {side, 0}, {-side, 0}, {0, 2 * step}, {0, -2 * step}}) {
                    Candidate moved = new Candidate(c.id(), c.x() + d[0], c.y() + d[1], c.width(), c.height());
                    if (!blocked.test(moved) && fits(moved, kept, gap)) {
                        fit = moved;
                        break;
                    }
                }
            }
            if (fit != null) {
                kept.add(fit);
            }
        }
        return kept;
    }

    /** Whether two label boxes, kept {@code gap} apart, would touch. */
    public static boolean overlap(Candidate a, Candidate b, double gap) {
        return a.overlaps(b, gap);
    }

    private static boolean fits(Candidate c, List<Candidate> kept, double gap) {
        for (Candidate k : kept) {
            if (c.overlaps(k, gap)) {
                return false;
            }
        }
        return true;
    }
}
