package org.mountainsseas.geo;

/**
 * A camera flight between two views, each a world point (Web Mercator pixels at zoom 0) at the
 * map's centre and a zoom level. The centre moves in world pixels and the zoom in levels, both
 * eased in and out, so the live map's fly-to and a video's frames follow the same path.
 */
public record Flight(View from, View to) {
    /** Where the camera looks: the world point at the map's centre, and the zoom. */
    public record View(double x, double y, double zoom) {
    }

    /** The view a fraction {@code t} (0 … 1, clamped) of the way through the flight. */
    public View at(double t) {
        double e = ease(t);
        return new View(from.x + (to.x - from.x) * e, from.y + (to.y - from.y) * e, from.zoom + (to.zoom - from.zoom) * e);
    }

    /** Cubic ease-in-out: 0 at 0, ½ at ½, 1 at 1, slow at both ends; {@code t} is clamped to 0 … 1. */
    public static double ease(double t) {
        double c = Math.max(0, Math.min(1, t));
        return c < 0.5 ? 4 * c * c * c : 1 - Math.pow(-2 * c + 2, 3) / 2;
    }
}
