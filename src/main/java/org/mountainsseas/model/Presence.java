package org.mountainsseas.model;

/**
 * Whether a dated fact held at the end of a given year, in three values: the dates in the data are
 * often vague ("by 2018", "c. 2013", unknown), and a vague fact is neither shown as certain nor hidden.
 */
public enum Presence {
    /** It certainly held. */
    IN_FORCE,
    /** It may have held: its start or end date is approximate or unknown around that year. */
    UNCERTAIN,
    /** It certainly did not hold (not started yet, or already ended). */
    NOT_IN_FORCE;

    /** Whether it held or may have held: what a view shows (certain ones plainly, uncertain ones hatched). */
    public boolean shown() {
        return this != NOT_IN_FORCE;
    }

    /** Both at once, in three-valued logic: certain only if both are, absent if either is. */
    public Presence and(Presence other) {
        if (this == NOT_IN_FORCE || other == NOT_IN_FORCE) {
            return NOT_IN_FORCE;
        }
        return this == IN_FORCE && other == IN_FORCE ? IN_FORCE : UNCERTAIN;
    }

    /** Either of them, in three-valued logic: certain if either is, absent only if both are. */
    public Presence or(Presence other) {
        if (this == IN_FORCE || other == IN_FORCE) {
            return IN_FORCE;
        }
        return this == UNCERTAIN || other == UNCERTAIN ? UNCERTAIN : NOT_IN_FORCE;
    }

    /** The opposite: "had ended" turned into "had not ended". */
    public Presence not() {
        switch (this) {
            case IN_FORCE: return NOT_IN_FORCE;
            case NOT_IN_FORCE: return IN_FORCE;
            default: return UNCERTAIN;
        }
    }

    /**
     * Whether something dated {@code d} had happened by the end of {@code year}.
     * <ul>
     * <li>exact: from that year on;</li>
     * <li>by ("existed by then, may be older"): certain from that year; before it, possible;</li>
     * <li>circa: certain from the year after; possible in that year and the year before; not earlier;</li>
     * <li>unknown, no year, or no date at all: possible in every year.</li>
     * </ul>
     */
    public static Presence happenedBy(Dating d, int year) {
        if (d == null || d.year() == null || d.qualifier() == null || d.qualifier() == Dating.Qualifier.UNKNOWN) {
            return UNCERTAIN;
        }
        int y = d.year();
        switch (d.qualifier()) {
            case EXACT:
                return year >= y ? IN_FORCE : NOT_IN_FORCE;
            case BY:
                return year >= y ? IN_FORCE : UNCERTAIN;
            default: // CIRCA
                if (year > y) {
                    return IN_FORCE;
                }
                return year >= y - 1 ? UNCERTAIN : NOT_IN_FORCE;
        }
    }

    /**
     * Whether a span that started at {@code from} and ended at {@code until} held at the end of
     * {@code year}. A null {@code until} means it has not ended; an undated end may have come any time.
     */
    public static Presence span(Dating from, Dating until, int year) {
        Presence started = happenedBy(from, year);
        Presence ended = until == null ? NOT_IN_FORCE : happenedBy(until, year);
        return started.and(ended.not());
    }
}
