package org.mountainsseas.model;

/**
 * A possibly vague date: {@code year} may be null when only a description is known.
 * Use {@code null} for a Dating that is wholly unknown.
 */
public record Dating(Integer year, Integer month, Integer day, Qualifier qualifier, Text text) {

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
