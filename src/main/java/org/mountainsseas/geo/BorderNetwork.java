package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * The borders of a set of areas with every shared stretch once: neighbouring counties share
 * their border vertex for vertex, so stroking each county's rings draws almost every border
 * twice. Each line is a run of consecutive ring segments not seen before, as a flat
 * {@code [x0, y0, x1, y1, …]} array in world pixels, with its bounds for culling.
 */
public final class BorderNetwork {
    /** One polyline of the network and its bounds. */
    public record Line(double[] points, Bounds bounds) {
    }

    private BorderNetwork() {
    }

    /** A line of these points, with their bounds worked out as the network works them out. */
    static Line line(double[] points) {
        Run run = new Run(points[0], points[1]);
        for (int i = 2; i + 1 < points.length; i += 2) {
            run.add(points[i], points[i + 1]);
        }
        return run.line();
    }

    /** The network of these shapes' rings, each segment once. */
    public static List<Line> of(Iterable<Shape> shapes) {
        long vertices = 0;
        for (Shape s : shapes) {
            for (double[] ring : s.rings()) {
                vertices += ring.length / 2;
            }
        }
        SegmentSet seen = new SegmentSet((int) Math.min(Integer.MAX_VALUE, vertices));
        List<Line> out = new ArrayList<>();
        for (Shape s : shapes) {
            for (double[] ring : s.rings()) {
                addRing(ring, seen, out);
            }
        }
        return List.copyOf(out);
    }

    private static void addRing(double[] r, SegmentSet seen, List<Line> out) {
        Run run = null;
        for (int i = 0; i + 3 < r.length; i += 2) {
            boolean fresh = seen.add(r, i);
            if (fresh) {
                if (run == null) {
                    run = new Run(r[i], r[i + 1]);
                }
                run.add(r[i + 2], r[i + 3]);
            } else if (run != null) {
                out.add(run.line());
                run = null;
            }
        }
        if (run != null) {
            out.add(run.line());
        }
    }

    /** A polyline being collected, with its bounds. */
    private static final class Run {
        private double[] xy = new double[16];
        private int n;
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        Run(double x, double y) {
            add(x, y);
        }

        void add(double x, double y) {
            if (n + 2 > xy.length) {
                xy = java.util.Arrays.copyOf(xy, xy.length * 2);
            }
            xy[n++] = x;
            xy[n++] = y;
            minX = Math.min(minX, x);
            minY = Math.min(minY, y);
            maxX = Math.max(maxX, x);
            maxY = Math.max(maxY, y);
        }

        Line line() {
            return new Line(java.util.Arrays.copyOf(xy, n), new Bounds(minX, minY, maxX, maxY));
        }
    }
}
