package org.mountainsseas.state;

import java.util.List;

/**
 * A request to move the map: to the home view, to fit a county, to fit several counties, or to a
 * point and zoom level. Each request has a new {@code serial}, so asking twice for the same place
 * moves twice. {@code adcodes} is used by {@link Kind#COUNTIES}; {@code lat}, {@code lon} and
 * {@code zoom} by {@link Kind#POINT}.
 */
public record CameraRequest(Kind kind, String adcode, long serial, List<String> adcodes, double lat, double lon, double zoom) {

    /** Where to go. */
    public enum Kind { HOME, COUNTY, COUNTIES, POINT }

    public CameraRequest {
        adcodes = adcodes == null ? List.of() : List.copyOf(adcodes);
    }

    public CameraRequest(Kind kind, String adcode, long serial) {
        this(kind, adcode, serial, List.of(), 0, 0, 0);
    }
}
