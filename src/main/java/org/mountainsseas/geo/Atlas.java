package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateArrays;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.mountainsseas.model.Boundary;

/**
 * The projected county and context geometry, built once at load: shapes in world pixels, a
 * spatial index for picking, label points, and the province's bounds for the home view.
 */
public final class Atlas {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private final Map<String, Shape> counties;
    private final List<Shape> context;
    private final List<double[]> contextLines;
    private final STRtree index = new STRtree();
    private final Bounds bounds;
    private volatile List<BorderNetwork.Line> countyBorders;
    private volatile Detail full;
    private final DetailBands bands;

    private Atlas(Map<String, Shape> counties, List<Shape> context, List<double[]> contextLines) {
        this.counties = Collections.unmodifiableMap(counties);
        this.context = List.copyOf(context);
        this.contextLines = List.copyOf(contextLines);
        Envelope all = new Envelope();
        for (Shape s : counties.values()) {
            // the shape's bounds are its geometry's envelope, without building a geometry read back from a cache
            Bounds b = s.bounds();
            Envelope e = new Envelope(b.minX(), b.maxX(), b.minY(), b.maxY());
            index.insert(e, s);
            all.expandToInclude(e);
        }
        index.build();
        this.bands = new DetailBands(List.copyOf(counties.values()), this::fullDetail);
        this.bounds = all.isNull() ? new Bounds(0, 0, 1, 1)
                : new Bounds(all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY());
    }

    /** Projects county boundaries and context (neighbour provinces, maritime lines). */
    public static Atlas build(List<Boundary> countyBoundaries, List<Boundary> contextBoundaries) {
        Map<String, Shape> counties = new LinkedHashMap<>();
        for (Boundary b : countyBoundaries) {
            counties.put(b.id(), shape(b));
        }
        List<Shape> context = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        for (Boundary b : contextBoundaries) {
            if (!b.polygons().isEmpty()) {
                context.add(shape(b));
            }
            for (double[] line : b.lines()) {
                lines.add(WebMercator.project(line));
            }
        }
        return new Atlas(counties, context, lines);
    }

    /**
     * An atlas from shapes already projected and oriented (read back by {@link LayerCodec}); the index
     * and bounds are built as {@link #build} builds them, and a non-null {@code borders} is the county
     * border network, not worked out again.
     */
    static Atlas restore(List<Shape> counties, List<Shape> context, List<double[]> contextLines, List<BorderNetwork.Line> borders) {
        Map<String, Shape> byId = new LinkedHashMap<>();
        for (Shape s : counties) {
            if (byId.put(s.id(), s) != null) {
                throw new IllegalArgumentException("two counties " + s.id());
            }
        }
        Atlas atlas = new Atlas(byId, context, contextLines);
        atlas.countyBorders = borders == null ? null : List.copyOf(borders);
        return atlas;
    }

    /** A shape from its rings (each polygon's shell, then its holes), projected and oriented as {@link #build} leaves them. */
    static Shape restoreShape(String id, List<double[]> rings, int[] ringsPerPolygon, Coordinate label) {
        int total = 0;
        for (int n : ringsPerPolygon) {
            if (n < 1) {
                throw new IllegalArgumentException(id + " has a polygon without rings");
            }
            total += n;
        }
        if (ringsPerPolygon.length == 0 || total != rings.size()) {
            throw new IllegalArgumentException(id + " has " + rings.size() + " rings for " + total);
        }
        for (double[] r : rings) {
            if (r.length < 8 || r.length % 2 != 0 || r[0] != r[r.length - 2] || r[1] != r[r.length - 1]) {
                throw new IllegalArgumentException(id + " has a ring that is not closed or too short");
            }
        }
        return new Shape(id, rings, ringsPerPolygon, label);
    }

    /** The JTS geometry of rings grouped into polygons as {@link #build} groups them: a polygon, or a multipolygon of several. */
    static Geometry geometry(List<double[]> rings, int[] ringsPerPolygon) {
        List<Polygon> parts = new ArrayList<>();
        int next = 0;
        for (int n : ringsPerPolygon) {
            LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(next)));
            LinearRing[] holes = new LinearRing[n - 1];
            for (int i = 1; i < n; i++) {
                holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(next + i)));
            }
            next += n;
            parts.add(FACTORY.createPolygon(shell, holes));
        }
        return parts.size() == 1 ? parts.get(0) : FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    /** Whether the county border network has been worked out (so {@link LayerCodec} keeps it). */
    boolean hasCountyBorders() {
        return countyBorders != null;
    }

    private static Shape shape(Boundary b) {
        List<double[]> rings = new ArrayList<>();
        List<Polygon> polygons = new ArrayList<>();
        for (List<double[]> polygon : b.polygons()) {
            LinearRing shell = null;
            List<LinearRing> holes = new ArrayList<>();
            for (double[] ring : polygon) {
                double[] projected = WebMercator.project(ring);
                Coordinate[] cs = coordinates(projected);
                // shells one way round and holes the other, so a non-zero fill of many shapes in one
                // path leaves holes open and still fills where two shapes overlap
                if (Orientation.isCCWArea(cs) != (shell == null)) {
                    CoordinateArrays.reverse(cs);
                    projected = flat(cs);
                }
                rings.add(projected);
                LinearRing r = FACTORY.createLinearRing(cs);
                if (shell == null) {
                    shell = r;
                } else {
                    holes.add(r);
                }
            }
            polygons.add(FACTORY.createPolygon(shell, holes.toArray(new LinearRing[0])));
        }
        Geometry geometry = polygons.size() == 1 ? polygons.get(0)
                : FACTORY.createMultiPolygon(polygons.toArray(new Polygon[0]));
        return new Shape(b.id(), rings, geometry);
    }

    /** The centre of the largest inscribed circle of the largest part: well inside, away from borders. */
    static Coordinate labelPoint(Geometry geometry) {
        List<Polygon> polygons = new ArrayList<>();
        for (int i = 0; i < geometry.getNumGeometries(); i++) {
            polygons.add((Polygon) geometry.getGeometryN(i));
        }
        Polygon largest = Collections.max(polygons, Comparator.comparingDouble(Polygon::getArea));
        double tolerance = Math.max(largest.getEnvelopeInternal().getWidth(), largest.getEnvelopeInternal().getHeight()) / 200;
        return MaximumInscribedCircle.getCenter(largest, tolerance).getCoordinate();
    }

    private static Coordinate[] coordinates(double[] flat) {
        Coordinate[] c = new Coordinate[flat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(flat[2 * i], flat[2 * i + 1]);
        }
        return c;
    }

    /**
     * The outer outline of each group of counties (e.g. each prefecture), as closed rings in
     * world pixels: the union of the group's shapes, so inner borders disappear.
     */
    public Map<String, List<double[]>> groupOutlines(Map<String, String> groupOf) {
        Map<String, List<Geometry>> parts = new LinkedHashMap<>();
        for (Shape s : counties.values()) {
            String group = groupOf.get(s.id());
            if (group != null) {
                parts.computeIfAbsent(group, g -> new ArrayList<>()).add(s.geometry());
            }
        }
        Map<String, List<double[]>> out = new LinkedHashMap<>();
        for (var e : parts.entrySet()) {
            Geometry union = CoverageUnion.union(FACTORY.buildGeometry(e.getValue()));
            List<double[]> rings = new ArrayList<>();
            for (int i = 0; i < union.getNumGeometries(); i++) {
                Polygon p = (Polygon) union.getGeometryN(i);
                rings.add(flat(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(flat(p.getInteriorRingN(h).getCoordinates()));
                }
            }
            out.put(e.getKey(), rings);
        }
        return out;
    }

    private static double[] flat(Coordinate[] cs) {
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            out[2 * i] = cs[i].x;
            out[2 * i + 1] = cs[i].y;
        }
        return out;
    }

    /** Every county border once (shared borders are not drawn twice); computed on first use. */
    public List<BorderNetwork.Line> countyBorders() {
        List<BorderNetwork.Line> b = countyBorders;
        if (b == null) {
            // two threads may both compute it; the result is the same
            b = BorderNetwork.of(counties.values());
            countyBorders = b;
        }
        return b;
    }

    /** The counties as they are, with {@link #countyBorders()}: the detail beyond every band. */
    public synchronized Detail fullDetail() {
        Detail d = full;
        if (d == null) {
            d = new Detail(0, List.copyOf(counties.values()), countyBorders());
            full = d;
        }
        return d;
    }

    /**
     * The counties simplified for {@code scale} device pixels per world pixel, each shared border
     * once for both neighbours ({@link DetailBands}); the full detail until that band is ready, and
     * {@code whenReady} runs (on a background thread) once it is.
     */
    public Detail detail(double scale, Runnable whenReady) {
        return bands.forScale(scale, whenReady);
    }

    /** Whether a zoom band asked for by {@link #detail} is still being worked out (a map showing this atlas will repaint). */
    public boolean detailPending() {
        return bands.pending();
    }

    /** The zoom bands of this atlas (tests and benchmarks work one out at once with {@link DetailBands#band}). */
    public DetailBands bands() {
        return bands;
    }

    /** Computes the label points of these counties now, in parallel (off the FX thread, at load). */
    public void prepareLabels(java.util.Collection<String> adcodes) {
        adcodes.parallelStream().map(counties::get).filter(java.util.Objects::nonNull).forEach(Shape::labelX);
    }

    public Shape county(String adcode) {
        return counties.get(adcode);
    }

    public Iterable<Shape> counties() {
        return counties.values();
    }

    public int countyCount() {
        return counties.size();
    }

    public List<Shape> context() {
        return context;
    }

    public List<double[]> contextLines() {
        return contextLines;
    }

    /** The bounds of all counties: what the home view fits. */
    public Bounds bounds() {
        return bounds;
    }

    /** The county containing the world point, or null. */
    public String pick(double x, double y) {
        @SuppressWarnings("unchecked")
        List<Shape> candidates = index.query(new Envelope(x, x, y, y));
        for (Shape s : candidates) {
            if (s.contains(x, y)) {
                return s.id();
            }
        }
        return null;
    }

    /** Counties within {@code radius} world pixels of the point, nearest first. */
    public List<String> near(double x, double y, double radius) {
        @SuppressWarnings("unchecked")
        List<Shape> candidates = index.query(new Envelope(x - radius, x + radius, y - radius, y + radius));
        var point = FACTORY.createPoint(new Coordinate(x, y));
        List<Shape> hits = new ArrayList<>();
        for (Shape s : candidates) {
            if (s.geometry().isWithinDistance(point, radius)) {
                hits.add(s);
            }
        }
        hits.sort(Comparator.comparingDouble(s -> s.geometry().distance(point)));
        List<String> out = new ArrayList<>();
        for (Shape s : hits) {
            out.add(s.id());
        }
        return out;
    }
}
