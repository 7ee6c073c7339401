package org.mountainsseas.geo;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * Spherical Web Mercator, as Gluon Maps uses it: world pixel coordinates at zoom 0, where the
 * whole world is {@value #TILE} pixels square; at zoom z multiply by 2^z.
 */
public final class WebMercator {
    public static final double TILE = 256;

    private WebMercator() {
    }

    public static double x(double lon) {
        return (lon + 180) / 360 * TILE;
    }

    public static double y(double lat) {
        double rad = Math.toRadians(lat);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * TILE;
    }

    public static double lon(double x) {
        return x / TILE * 360 - 180;
    }

    public static double lat(double y) {
        double n = Math.PI * (1 - 2 * y / TILE);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Projects a flat lon/lat array into a new flat world-pixel array. */
    public static double[] project(double[] lonLat) {
        double[] out = new double[lonLat.length];
        for (int i = 0; i < lonLat.length; i += 2) {
            out[i] = x(lonLat[i]);
            out[i + 1] = y(lonLat[i + 1]);
        }
        return out;
    }

    /** A copy of a geometry in world pixels (zoom 0) with its coordinates back in lon/lat degrees. */
    public static Geometry unproject(Geometry worldPixels) {
        Geometry g = worldPixels.copy();
        g.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                seq.setOrdinate(i, 0, lon(seq.getX(i)));
                seq.setOrdinate(i, 1, lat(seq.getY(i)));
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        return g;
    }
}
