package org.mountainsseas.geo;

import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;

/**
 * One area projected into world pixels: its rings as flat arrays ready for drawing, its JTS
 * geometry, a point-in-area locator for picking, and a label point inside it.
 */
public final class Shape {
    private final String id;
    private final List<double[]> rings;
    /** How many of the rings each polygon has (its shell, then its holes), for a geometry built on first use; else null. */
    private final int[] ringsPerPolygon;
    private volatile Geometry geometry;
    private volatile IndexedPointInAreaLocator locator;
    // computed on first use: the stress layer has thousands of shapes that are never labelled
    private volatile Coordinate label;
    private final Bounds bounds;

    Shape(String id, List<double[]> rings, Geometry geometry) {
        this.id = id;
        this.rings = List.copyOf(rings);
        this.ringsPerPolygon = null;
        this.geometry = geometry;
        var e = geometry.getEnvelopeInternal();
        this.bounds = new Bounds(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    /**
     * A shape read back from {@link LayerCodec}: rings already projected, oriented and validated, and
     * its label point if known (null: computed on first use). Its JTS geometry is built from the rings
     * on first use — picking, hovering or deriving — not at start-up: China-wide that is 425 k
     * coordinate objects no first frame needs. The bounds are the rings' extent, which is the
     * geometry's envelope to the bit.
     */
    Shape(String id, List<double[]> rings, int[] ringsPerPolygon, Coordinate label) {
        this.id = id;
        this.rings = List.copyOf(rings);
        this.ringsPerPolygon = ringsPerPolygon.clone();
        this.label = label;
        double minX = Double.POSITIVE_INFINITY, minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY, maxY = Double.NEGATIVE_INFINITY;
        for (double[] r : this.rings) {
            for (int i = 0; i + 1 < r.length; i += 2) {
                minX = Math.min(minX, r[i]);
                maxX = Math.max(maxX, r[i]);
                minY = Math.min(minY, r[i + 1]);
                maxY = Math.max(maxY, r[i + 1]);
            }
        }
        this.bounds = new Bounds(minX, minY, maxX, maxY);
    }

    public String id() {
        return id;
    }

    /** Closed rings in world pixels, flat {@code [x0, y0, x1, y1, …]}; exteriors and holes alike. */
    public List<double[]> rings() {
        return rings;
    }

    public Geometry geometry() {
        Geometry g = geometry;
        if (g == null) {
            // two threads may both build it; the result is the same
            g = Atlas.geometry(rings, ringsPerPolygon);
            geometry = g;
        }
        return g;
    }

    /** How many rings each polygon has (its shell, then its holes), in the order of {@link #rings()}. */
    int[] ringsPerPolygon() {
        if (ringsPerPolygon != null) {
            return ringsPerPolygon.clone();
        }
        Geometry g = geometry();
        int[] out = new int[g.getNumGeometries()];
        for (int p = 0; p < out.length; p++) {
            out[p] = 1 + ((org.locationtech.jts.geom.Polygon) g.getGeometryN(p)).getNumInteriorRing();
        }
        return out;
    }

    /** Where the label goes: well inside the largest part, away from its borders. */
    public double labelX() {
        return labelPoint().x;
    }

    public double labelY() {
        return labelPoint().y;
    }

    /** The label point if it has been worked out, else null (what {@link LayerCodec} keeps). */
    Coordinate knownLabel() {
        return label;
    }

    private Coordinate labelPoint() {
        Coordinate c = label;
        if (c == null) {
            // two threads may both compute it; the result is the same
            c = Atlas.labelPoint(geometry());
            label = c;
        }
        return c;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** Area in square world pixels. */
    public double area() {
        return geometry().getArea();
    }

    public boolean contains(double x, double y) {
        IndexedPointInAreaLocator l = locator;
        if (l == null) {
            l = new IndexedPointInAreaLocator(geometry());
            locator = l;
        }
        return l.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
