package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The county layer at one level of detail: every county's shape (simplified, or the atlas's own)
 * and the border network of exactly those shapes. A simplified level comes from one simplification
 * of the whole coverage ({@link DetailBands}), in which each border shared by two counties is
 * simplified once and both counties' rings are rebuilt from it: neighbours keep meeting vertex for
 * vertex, so fills never gap, and the border network still draws each shared border once.
 */
public final class Detail {
    private final double tolerance;
    private final List<Shape> counties;
    private final long vertices;
    private volatile List<BorderNetwork.Line> borders;

    Detail(double tolerance, List<Shape> counties, List<BorderNetwork.Line> borders) {
        this.tolerance = tolerance;
        this.counties = List.copyOf(counties);
        this.borders = borders;
        long n = 0;
        for (Shape s : this.counties) {
            for (double[] r : s.rings()) {
                n += r.length / 2;
            }
        }
        this.vertices = n;
    }

    /** The simplification tolerance in world pixels; 0 for the atlas's own shapes. */
    public double tolerance() {
        return tolerance;
    }

    /** The counties at this level, in the atlas's order, each with the atlas's id. */
    public List<Shape> counties() {
        return counties;
    }

    /** The border network of {@link #counties()}: each border once, with its kind and span; worked out on first use. */
    public List<BorderNetwork.Line> borders() {
        List<BorderNetwork.Line> b = borders;
        if (b == null) {
            // two threads may both compute it; the result is the same
            b = BorderNetwork.of(counties);
            borders = b;
        }
        return b;
    }

    /** How many vertices the counties' rings have. */
    public long vertices() {
        return vertices;
    }

    /** A shape from a simplified geometry, its rings oriented as {@link Atlas#build} orients them (shells one way, holes the other). */
    static Shape shape(String id, Geometry g) {
        List<double[]> rings = new ArrayList<>();
        for (int p = 0; p < g.getNumGeometries(); p++) {
            Polygon polygon = (Polygon) g.getGeometryN(p);
            rings.add(oriented(polygon.getExteriorRing().getCoordinates(), true));
            for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                rings.add(oriented(polygon.getInteriorRingN(h).getCoordinates(), false));
            }
        }
        return new Shape(id, rings, g);
    }

    private static double[] oriented(Coordinate[] cs, boolean shell) {
        boolean reverse = Orientation.isCCWArea(cs) != shell;
        double[] out = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            Coordinate c = cs[reverse ? cs.length - 1 - i : i];
            out[2 * i] = c.x;
            out[2 * i + 1] = c.y;
        }
        return out;
    }
}
