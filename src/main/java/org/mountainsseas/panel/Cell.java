package org.mountainsseas.panel;

import java.util.Comparator;

/**
 * A table cell's text with the key it sorts by (a year sorts as a number, unknown last), so
 * columns sort as people expect while showing formatted text. {@link #toString} is the text.
 */
public record Cell(String text, Comparable<?> key) implements Comparable<Cell> {
    private static final Comparator<Comparable<?>> KEYS = Comparator.nullsLast((a, b) -> compareKeys(a, b));

    public static Cell of(String text) {
        return new Cell(text, text);
    }

    public static Cell of(String text, Comparable<?> key) {
        return new Cell(text, key);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareKeys(Comparable a, Comparable b) {
        if (a.getClass() != b.getClass()) {
            return a.toString().compareTo(b.toString());
        }
        return a.compareTo(b);
    }

    @Override
    public int compareTo(Cell o) {
        return KEYS.compare(key, o.key);
    }

    @Override
    public String toString() {
        return text;
    }
}
