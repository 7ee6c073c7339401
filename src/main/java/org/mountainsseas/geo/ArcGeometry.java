package org.mountainsseas.geo;

/**
 * Curved pairing arcs as quadratic Bézier curves. A county with several partners fans its arcs
 * out by giving each a different bend, so arcs that start together stay apart.
 */
public final class ArcGeometry {
    private ArcGeometry() {
    }

    /**
     * The control point of an arc from (x1, y1) to (x2, y2).
     *
     * @param bend the sideways offset of the control point as a share of the chord length;
     *             positive bends to the left of the direction of travel
     * @return {@code {cx, cy}}
     */
    public static double[] control(double x1, double y1, double x2, double y2, double bend) {
        double mx = (x1 + x2) / 2, my = (y1 + y2) / 2;
        double dx = x2 - x1, dy = y2 - y1;
        return new double[] {mx + dy * bend, my - dx * bend};
    }

    /** The bend of arc {@code index} of {@code count} leaving one county: 0.22, 0.34, 0.10, … spread around a base. */
    public static double fanBend(int index, int count) {
        double base = 0.22;
        if (count <= 1) {
            return base;
        }
        double step = 0.14;
        double offset = (index - (count - 1) / 2.0) * step;
        return base + offset;
    }

    /** A point on the quadratic curve at parameter t in [0, 1]. */
    public static double[] point(double x1, double y1, double cx, double cy, double x2, double y2, double t) {
        double u = 1 - t;
        return new double[] {u * u * x1 + 2 * u * t * cx + t * t * x2, u * u * y1 + 2 * u * t * cy + t * t * y2};
    }

    /** The unit tangent of the curve at t. */
    public static double[] tangent(double x1, double y1, double cx, double cy, double x2, double y2, double t) {
        double tx = 2 * (1 - t) * (cx - x1) + 2 * t * (x2 - cx);
        double ty = 2 * (1 - t) * (cy - y1) + 2 * t * (y2 - cy);
        double len = Math.hypot(tx, ty);
        return len == 0 ? new double[] {1, 0} : new double[] {tx / len, ty / len};
    }
}
