package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * Where to write a line's name: along the line, beside it (never on it), at the place where it
 * hides the fewest other labels. Candidate places run along the line on both sides; each is a
 * box rotated with the line, its near edge {@code clearance} pixels off the line's centre. The
 * box is then reserved: other labels that overlap it are left out. Pure arithmetic.
 */
public final class LineLabel {
    /** Where along the line (0 = start, 1 = end) a name is tried, most preferred first. */
    static final double[] ALONG = {0.17, 0.25, 0.10, 0.33, 0.42, 0.5, 0.58, 0.67, 0.75, 0.83};

    private LineLabel() {
    }

    /**
     * A name's box: centre (x, y), rotated by {@code angle} degrees (text reads along the line,
     * never upside down), {@code width} along the line and {@code height} across it.
     */
    public record Placement(double x, double y, double angle, double width, double height) {
        /** The four corners, x0, y0 … x3, y3, in order round the box. */
        public double[] corners() {
            double a = Math.toRadians(angle), c = Math.cos(a), s = Math.sin(a);
            double hw = width / 2, hh = height / 2;
            double[] out = new double[8];
            double[][] local = {{-hw, -hh}, {hw, -hh}, {hw, hh}, {-hw, hh}};
            for (int i = 0; i < 4; i++) {
                out[2 * i] = x + local[i][0] * c - local[i][1] * s;
                out[2 * i + 1] = y + local[i][0] * s + local[i][1] * c;
            }
            return out;
        }

        /**
         * Whether the box's upright bounding box is apart from the label's (grown by {@code gap}) by
         * more than rounding: then the separating-axes test finds them apart on x or y too, so
         * {@link #overlaps} answers the same without its arrays.
         */
        boolean clearlyApart(LabelPlacer.Candidate o, double gap) {
            double a = Math.toRadians(angle), c = Math.abs(Math.cos(a)), s = Math.abs(Math.sin(a));
            double ex = width / 2 * c + height / 2 * s, ey = width / 2 * s + height / 2 * c;
            double ox = o.width() / 2 + gap, oy = o.height() / 2 + gap;
            double margin = 1e-6 * (1 + Math.abs(x) + Math.abs(y) + ex + ey);
            return Math.abs(x - o.x()) > ex + ox + margin || Math.abs(y - o.y()) > ey + oy + margin;
        }

        /** Whether the box comes within {@code gap} pixels of an upright label box (separating axes). */
        public boolean overlaps(LabelPlacer.Candidate o, double gap) {
            // most labels are nowhere near: decided without the corners' arrays (labels are placed every crisp frame)
            return !clearlyApart(o, gap) && overlapsBySeparatingAxes(o, gap);
        }

        /** {@link #overlaps} by the separating-axes test alone. */
        boolean overlapsBySeparatingAxes(LabelPlacer.Candidate o, double gap) {
            double[] p = corners();
            double[] q = {o.x() - o.width() / 2 - gap, o.y() - o.height() / 2 - gap, o.x() + o.width() / 2 + gap, o.y() - o.height() / 2 - gap,
                    o.x() + o.width() / 2 + gap, o.y() + o.height() / 2 + gap, o.x() - o.width() / 2 - gap, o.y() + o.height() / 2 + gap};
            double a = Math.toRadians(angle);
            double[][] axes = {{1, 0}, {0, 1}, {Math.cos(a), Math.sin(a)}, {-Math.sin(a), Math.cos(a)}};
            for (double[] axis : axes) {
                if (separated(p, q, axis)) {
                    return false;
                }
            }
            return true;
        }

        /** Whether the whole box lies within a {@code width × height} view. */
        public boolean inside(double viewWidth, double viewHeight) {
            double[] p = corners();
            for (int i = 0; i < 8; i += 2) {
                if (p[i] < 0 || p[i] > viewWidth || p[i + 1] < 0 || p[i + 1] > viewHeight) {
                    return false;
                }
            }
            return true;
        }

        /** The box's distance from the segment's infinite line, nearest corner: above 0 when clear of it. */
        public double clearanceFrom(double x1, double y1, double x2, double y2) {
            double len = Math.hypot(x2 - x1, y2 - y1);
            double[] p = corners();
            double min = Double.MAX_VALUE;
            double sign = 0;
            for (int i = 0; i < 8; i += 2) {
                double d = ((x2 - x1) * (y1 - p[i + 1]) - (x1 - p[i]) * (y2 - y1)) / len;
                if (sign != 0 && Math.signum(d) != sign) {
                    return 0;
                }
                sign = Math.signum(d);
                min = Math.min(min, Math.abs(d));
            }
            return min;
        }
    }

    private static boolean separated(double[] p, double[] q, double[] axis) {
        double pMin = Double.MAX_VALUE, pMax = -Double.MAX_VALUE, qMin = Double.MAX_VALUE, qMax = -Double.MAX_VALUE;
        for (int i = 0; i < 8; i += 2) {
            double a = p[i] * axis[0] + p[i + 1] * axis[1];
            double b = q[i] * axis[0] + q[i + 1] * axis[1];
            pMin = Math.min(pMin, a);
            pMax = Math.max(pMax, a);
            qMin = Math.min(qMin, b);
            qMax = Math.max(qMax, b);
        }
        return pMax <= qMin || qMax <= pMin;
    }

    /** The places tried for a name of {@code width × height} beside the segment, most preferred first. */
    public static List<Placement> candidates(double x1, double y1, double x2, double y2, double width, double height, double clearance) {
        double len = Math.hypot(x2 - x1, y2 - y1);
        List<Placement> out = new ArrayList<>();
        if (len < width * 1.2) {
            return out;
        }
        double angle = Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
        // text is never upside down
        if (angle > 90) {
            angle -= 180;
        } else if (angle < -90) {
            angle += 180;
        }
        double nx = -(y2 - y1) / len, ny = (x2 - x1) / len;
        double off = clearance + height / 2;
        for (double t : ALONG) {
            double cx = x1 + (x2 - x1) * t, cy = y1 + (y2 - y1) * t;
            // the north-east side first (a south-west-to-north-east line has its "plains" side up)
            double side = ny < 0 ? 1 : -1;
            out.add(new Placement(cx + nx * off * side, cy + ny * off * side, angle, width, height));
            out.add(new Placement(cx - nx * off * side, cy - ny * off * side, angle, width, height));
        }
        return out;
    }

    /**
     * The candidate, wholly inside the view, that hides the least: each label it overlaps costs
     * {@code cost.applyAsDouble(index)} by its index in {@code labels} (most important first).
     * Null if none is inside the view. Ties go to the more preferred place.
     */
    public static Placement choose(List<Placement> candidates, List<LabelPlacer.Candidate> labels, double viewWidth,
                                   double viewHeight, double gap, java.util.function.IntToDoubleFunction cost) {
        Placement best = null;
        double bestCost = Double.MAX_VALUE;
        for (Placement p : candidates) {
            if (!p.inside(viewWidth, viewHeight)) {
                continue;
            }
            double total = 0;
            for (int i = 0; i < labels.size() && total < bestCost; i++) {
                if (p.overlaps(labels.get(i), gap)) {
                    total += cost.applyAsDouble(i);
                }
            }
            if (total < bestCost) {
                best = p;
                bestCost = total;
            }
        }
        return best;
    }
}
