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
    private final double labelX;
    private final double labelY;
    private final Bounds bounds;

    Shape(String id, List<double[]> rings, Geometry geometry, Coordinate label) {
        this.id = id;
        this.rings = List.copyOf(rings);
        this.geometry = geometry;
        this.locator = new IndexedPointInAreaLocator(geometry);
        this.labelX = label.x;
        this.labelY = label.y;
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

    public double labelX() {
        return labelX;
    }

    public double labelY() {
        return labelY;
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
