package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The borders of a set of areas with every shared stretch once: neighbouring counties share
 * their border vertex for vertex, so stroking each county's rings draws almost every border
 * twice. Each line is a run of consecutive ring segments not seen before, as a flat
 * {@code [x0, y0, x1, y1, …]} array in world pixels, with its bounds for culling, what it
 * divides ({@link Kind}) and how far apart the borders around it are ({@link Line#span()}), so a
 * map can leave out the borders of counties too small to tell apart at its zoom.
 */
public final class BorderNetwork {
    /** What a line divides. */
    public enum Kind {
        /** An area from nothing: a coast, or the edge of the layer. */
        EDGE,
        /** Two areas of different groups (provinces: the first two digits of an adcode). */
        GROUP,
        /** Two areas of one group. */
        INNER
    }

    /**
     * One polyline of the network and its bounds; {@code span} is the size (square root of the area,
     * world pixels) of the smaller of the areas it borders, so its neighbouring borders are about that
     * far apart.
     */
    public record Line(double[] points, Bounds bounds, Kind kind, double span) {
    }

    private BorderNetwork() {
    }

    /** A line of these points, with their bounds worked out as the network works them out. */
    static Line line(double[] points, Kind kind, double span) {
        Run run = new Run(points[0], points[1], kind, span);
        for (int i = 2; i + 1 < points.length; i += 2) {
            run.add(points[i], points[i + 1]);
        }
        return run.line();
    }

    /** The network of these shapes' rings, each segment once, grouped by province ({@link #province}). */
    public static List<Line> of(Iterable<Shape> shapes) {
        return of(shapes, BorderNetwork::province);
    }

    /** The group of an adcode: its province, the first two digits. */
    public static String province(String id) {
        return id.substring(0, Math.min(2, id.length()));
    }

    /** The network of these shapes' rings, each segment once, {@code groupOf} saying which lines are {@link Kind#GROUP}. */
    public static List<Line> of(Iterable<Shape> shapes, Function<String, String> groupOf) {
        List<Shape> list = new ArrayList<>();
        long vertices = 0;
        for (Shape s : shapes) {
            list.add(s);
            for (double[] ring : s.rings()) {
                vertices += ring.length / 2;
            }
        }
        // first every segment once, noting who else has it; then the runs, now that both sides are known
        SegmentSet seen = new SegmentSet((int) Math.min(Integer.MAX_VALUE, vertices));
        List<int[]> others = new ArrayList<>();
        List<Integer> ringOwner = new ArrayList<>();
        for (int si = 0; si < list.size(); si++) {
            for (double[] r : list.get(si).rings()) {
                int[] other = new int[r.length / 2];
                others.add(other);
                ringOwner.add(si);
                for (int i = 0; i + 3 < r.length; i += 2) {
                    long first = seen.addOrFind(r, i);
                    if (first < 0) {
                        other[i / 2] = -1;
                    } else {
                        other[i / 2] = -2; // drawn with the ring that had it first
                        int[] firstOther = others.get((int) (first >>> 32));
                        int at = (int) first / 2;
                        if (firstOther[at] == -1) {
                            firstOther[at] = si;
                        }
                    }
                }
            }
        }
        double[] size = new double[list.size()];
        String[] group = new String[list.size()];
        for (int si = 0; si < list.size(); si++) {
            size[si] = Math.sqrt(area(list.get(si)));
            group[si] = groupOf.apply(list.get(si).id());
        }
        List<Line> out = new ArrayList<>();
        int ringNo = 0;
        for (int si = 0; si < list.size(); si++) {
            for (double[] r : list.get(si).rings()) {
                addRing(r, others.get(ringNo++), si, size, group, out);
            }
        }
        return List.copyOf(out);
    }

    private static void addRing(double[] r, int[] other, int owner, double[] size, String[] group, List<Line> out) {
        Run run = null;
        for (int i = 0; i + 3 < r.length; i += 2) {
            int o = other[i / 2];
            if (o == -2) {
                if (run != null) {
                    out.add(run.line());
                    run = null;
                }
                continue;
            }
            Kind kind = o < 0 ? Kind.EDGE : group[o].equals(group[owner]) ? Kind.INNER : Kind.GROUP;
            double span = o < 0 ? size[owner] : Math.min(size[owner], size[o]);
            if (run != null && (run.kind != kind || run.span != span)) {
                out.add(run.line());
                run = null;
            }
            if (run == null) {
                run = new Run(r[i], r[i + 1], kind, span);
            }
            run.add(r[i + 2], r[i + 3]);
        }
        if (run != null) {
            out.add(run.line());
        }
    }

    /** The area of a shape's rings (shells and holes oriented oppositely, so holes subtract), in square world pixels. */
    static double area(Shape s) {
        double twice = 0;
        for (double[] r : s.rings()) {
            for (int i = 0; i + 3 < r.length; i += 2) {
                twice += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
            }
        }
        return Math.abs(twice) / 2;
    }

    /** A polyline being collected, with its bounds. */
    private static final class Run {
        private final Kind kind;
        private final double span;
        private double[] xy = new double[16];
        private int n;
        private double minX = Double.POSITIVE_INFINITY;
        private double minY = Double.POSITIVE_INFINITY;
        private double maxX = Double.NEGATIVE_INFINITY;
        private double maxY = Double.NEGATIVE_INFINITY;

        Run(double x, double y, Kind kind, double span) {
            this.kind = kind;
            this.span = span;
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
            return new Line(java.util.Arrays.copyOf(xy, n), new Bounds(minX, minY, maxX, maxY), kind, span);
        }
    }
}
