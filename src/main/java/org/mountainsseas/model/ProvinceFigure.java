package org.mountainsseas.model;

/** A province-wide figure at a date; figures sharing a {@code series} are one quantity over time. */
public record ProvinceFigure(String id, Figure figure, Dating asOf, String series, Text note, Provenance provenance) {
}
