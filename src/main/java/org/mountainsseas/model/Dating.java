package org.mountainsseas.model;

/**
 * A possibly vague date: {@code year} may be null when only a description is known.
 * Use {@code null} for a Dating that is wholly unknown. {@code source} is the id of the source
 * that gives the date (one of the fact's sources), or null; an {@link Qualifier#EXACT exact} date
 * read from a data file always has one (see docs/data-format.md, "Where a date comes from").
 */
public record Dating(Integer year, Integer month, Integer day, Qualifier qualifier, Text text, String source) {

    /** A date without a named source (made in code, or not exact). */
    public Dating(Integer year, Integer month, Integer day, Qualifier qualifier, Text text) {
        this(year, month, day, qualifier, text, null);
    }

    /** How a date is known. */
    public enum Qualifier {
        /** The date is stated. */
        EXACT,
        /** About then (e.g. from "ten years ago" wording). */
        CIRCA,
        /** The earliest evidence: it existed by then and may be older. */
        BY,
        /** Not known; the text explains what is. */
        UNKNOWN
    }

    public boolean hasYear() {
        return year != null;
    }
}
