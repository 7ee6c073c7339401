package org.mountainsseas.model;

import java.util.List;

/**
 * The outline of a county or a neighbouring area in lon/lat. Each polygon is a list of rings
 * (the first the exterior); each ring is a flat array {@code [lon0, lat0, lon1, lat1, …]}, closed.
 * Lines (maritime boundaries) use {@code lines} instead, as open flat arrays.
 */
public record Boundary(String id, Text name, Kind kind, List<List<double[]>> polygons, List<double[]> lines) {

    /** What the outline is. */
    public enum Kind { COUNTY, PROVINCE, MARITIME_BOUNDARY }

    public Boundary {
        polygons = List.copyOf(polygons);
        lines = List.copyOf(lines);
    }

    public int vertexCount() {
        int n = 0;
        for (List<double[]> polygon : polygons) {
            for (double[] ring : polygon) {
                n += ring.length / 2;
            }
        }
        for (double[] line : lines) {
            n += line.length / 2;
        }
        return n;
    }
}
