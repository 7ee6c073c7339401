package org.mountainsseas.state;

/** What the map shows: its centre and Web Mercator zoom level, and its size in pixels. */
public record Viewport(double centerLat, double centerLon, double zoom, double width, double height) {
}
