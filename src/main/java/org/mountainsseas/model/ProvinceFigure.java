package org.mountainsseas.model;

/**
 * A province-wide figure at a date; figures sharing a {@code series} are one quantity over time.
 * {@code measure} says what is counted and how (口径: "investment completed" is not "funds in
 * place"), {@code period} what span the value covers ("year", "jan-sep", "cumulative"); both may be
 * null. Figures are drawn on one axis or joined by one line only when unit, measure and period
 * agree (see {@link FigureGroups}).
 */
public record ProvinceFigure(String id, Figure figure, Dating asOf, String series, String measure, String period,
                             Text note, Provenance provenance) {

    /** A figure that states no measure or period. */
    public ProvinceFigure(String id, Figure figure, Dating asOf, String series, Text note, Provenance provenance) {
        this(id, figure, asOf, series, null, null, note, provenance);
    }
}
