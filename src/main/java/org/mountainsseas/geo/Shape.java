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
    private final Geometry geometry;
    private final IndexedPointInAreaLocator locator;
    // computed on first use: the stress layer has thousands of shapes that are never labelled
    private volatile Coordinate label;
    private final Bounds bounds;

    Shape(String id, List<double[]> rings, Geometry geometry) {
        this(id, rings, geometry, null);
    }

    /** A shape whose label point is already known (read back from {@link LayerCodec}); null computes it on first use. */
    Shape(String id, List<double[]> rings, Geometry geometry, Coordinate label) {
        this.label = label;
        this.id = id;
        this.rings = List.copyOf(rings);
        this.geometry = geometry;
        this.locator = new IndexedPointInAreaLocator(geometry);
        var e = geometry.getEnvelopeInternal();
        this.bounds = new Bounds(e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
    }

    public String id() {
        return id;
    }

    /** Closed rings in world pixels, flat {@code [x0, y0, x1, y1, …]}; exteriors and holes alike. */
    public List<double[]> rings() {
        return rings;
    }

    public Geometry geometry() {
        return geometry;
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
            c = Atlas.labelPoint(geometry);
            label = c;
        }
        return c;
    }

    public Bounds bounds() {
        return bounds;
    }

    /** Area in square world pixels. */
    public double area() {
        return geometry.getArea();
    }

    public boolean contains(double x, double y) {
        return locator.locate(new Coordinate(x, y)) != Location.EXTERIOR;
    }
}
