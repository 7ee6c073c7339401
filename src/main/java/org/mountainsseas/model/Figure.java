package org.mountainsseas.model;

/**
 * A quantity with its display text. {@code value} is null when the figure is not a plain number;
 * {@code unit} may be null; {@code approx} marks "over", "nearly", "about".
 */
public record Figure(Text label, Double value, String unit, Text text, boolean approx) {
}
