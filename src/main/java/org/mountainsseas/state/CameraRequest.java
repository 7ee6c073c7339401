package org.mountainsseas.state;

/**
 * A request to move the map: to the home view, or to fit a county. Each request has a new
 * {@code serial}, so asking twice for the same place moves twice.
 */
public record CameraRequest(Kind kind, String adcode, long serial) {

    /** Where to go. */
    public enum Kind { HOME, COUNTY }
}
