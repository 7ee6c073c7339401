package org.mountainsseas.model;

/**
 * A place outside Zhejiang: its province's adcode ({@code NN0000}), the adcode of its county or
 * city when the source names one (else null), its name, and a point to draw it at.
 * {@code pointNote} says how exact the point is.
 */
public record Place(String province, String area, Text name, double lat, double lon, Text pointNote) {
}
