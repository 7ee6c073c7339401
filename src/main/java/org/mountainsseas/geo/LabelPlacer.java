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
        List<Candidate> kept = new ArrayList<>();
        outer:
        for (Candidate c : ordered) {
            for (Candidate k : kept) {
                if (c.overlaps(k, gap)) {
                    continue outer;
                }
            }
            kept.add(c);
        }
        return kept;
    }
}
