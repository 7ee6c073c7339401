package org.mountainsseas.model;

import java.util.List;

/**
 * Infrastructure that ties Zhejiang's mountains to its sea: a bridge, a port link or a railway.
 * {@code path} is a schematic line of points (its {@code pathNote} says how schematic);
 * {@code counties} are the adcodes at its ends and along it.
 */
public record Corridor(String id, Text name, Kind kind, List<Point> path, List<String> counties, Text pathNote,
                       Dating date, Text note, Provenance provenance) {

    /** What the corridor is. */
    public enum Kind { BRIDGE, PORT_LINK, RAILWAY }

    /** A point of the line. */
    public record Point(double lat, double lon) {
    }

    public Corridor {
        path = List.copyOf(path);
        counties = List.copyOf(counties);
    }
}
