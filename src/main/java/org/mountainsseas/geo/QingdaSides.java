package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.mountainsseas.model.LineSide;

/**
 * Which side of the Qingda Line each county lies on. The line is the straight line on the (Web
 * Mercator) map through its two endpoints, extended both ways; a county's south-west share is the
 * part of its area beyond the line on the south-west side.
 */
public final class QingdaSides {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    /** Far enough, in world pixels, to cover the province many times over (it spans about 3). */
    private static final double FAR = 64;

    private final Polygon southWest;

    /** @param startLat the north-western endpoint (Qingliangfeng), @param endLat the south-eastern one (Dayu) */
    public QingdaSides(double startLat, double startLon, double endLat, double endLon) {
        double ax = WebMercator.x(startLon), ay = WebMercator.y(startLat);
        double bx = WebMercator.x(endLon), by = WebMercator.y(endLat);
        double len = Math.hypot(bx - ax, by - ay);
        if (len == 0) {
            throw new IllegalArgumentException("the line's endpoints coincide");
        }
        double dx = (bx - ax) / len, dy = (by - ay) / len;
        double nx = -dy, ny = dx;
        // south-west on screen is left (-x) and down (+y): pick the normal pointing that way
        if (-nx + ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        Coordinate p1 = new Coordinate(ax - dx * FAR, ay - dy * FAR);
        Coordinate p2 = new Coordinate(bx + dx * FAR, by + dy * FAR);
        Coordinate p3 = new Coordinate(p2.x + nx * FAR, p2.y + ny * FAR);
        Coordinate p4 = new Coordinate(p1.x + nx * FAR, p1.y + ny * FAR);
        this.southWest = FACTORY.createPolygon(new Coordinate[] {p1, p2, p3, p4, p1.copy()});
    }

    public LineSide sideOf(Shape shape) {
        Geometry g = shape.geometry();
        double area = g.getArea();
        if (area == 0) {
            return LineSide.ofShare(southWest.contains(g.getCentroid()) ? 1 : 0);
        }
        return LineSide.ofShare(g.intersection(southWest).getArea() / area);
    }

    public Map<String, LineSide> sidesOf(Atlas atlas) {
        List<String> all = new ArrayList<>();
        for (Shape s : atlas.counties()) {
            all.add(s.id());
        }
        return sidesOf(atlas, all);
    }

    /** The sides of these counties (those in the atlas), computed in parallel, in the given order. */
    public Map<String, LineSide> sidesOf(Atlas atlas, Collection<String> adcodes) {
        List<Shape> shapes = adcodes.stream().map(atlas::county).filter(Objects::nonNull).toList();
        List<LineSide> sides = shapes.parallelStream().map(this::sideOf).toList();
        Map<String, LineSide> out = new LinkedHashMap<>();
        for (int i = 0; i < shapes.size(); i++) {
            out.put(shapes.get(i).id(), sides.get(i));
        }
        return out;
    }
}
