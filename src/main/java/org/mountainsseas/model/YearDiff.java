package org.mountainsseas.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What changed between the end of year A and the end of year B, by the timeline's rules
 * ({@link YearView}): pairings that started or ended, enclaves that opened, counties that joined
 * or left the mountain (or island) county list. A year of null means "today": the data as they
 * stand, where every pairing holds unless it is marked historical, every enclave is open and a
 * county is listed unless its membership has an end.
 * <p>A change is {@linkplain Change#certain() certain} only when the fact certainly did not hold
 * in one year and certainly held in the other; when either side rests on a vague or unknown date
 * ("by 2018", "c. 2013", no date) it is reported as possible, never as certain. Facts uncertain in
 * both years, or the same in both, are not changes. "Added" means held at B and not at A, whichever
 * of the two years is the later.
 */
public final class YearDiff {
    /** What kind of fact changed. */
    public enum Kind { PAIRING, LISTING, ENCLAVE }

    /** Which way: holds at B but not at A, or the reverse. */
    public enum Direction { ADDED, ENDED }

    /**
     * One fact that changed. {@code id} is the pairing's or enclave's id, or for a listing the
     * county's adcode; {@code atA} and {@code atB} are its presence in the two years.
     */
    public record Change(Kind kind, String id, Direction direction, Presence atA, Presence atB, Provenance provenance) {
        public Change {
            Objects.requireNonNull(kind);
            Objects.requireNonNull(id);
        }

        /** Whether both years are certain about the fact: it certainly held in one and certainly not in the other. */
        public boolean certain() {
            return atA != Presence.UNCERTAIN && atB != Presence.UNCERTAIN;
        }

        /** A key that names the change among the others, e.g. {@code PAIRING:PR06}. */
        public String key() {
            return kind + ":" + id;
        }
    }

    private final Integer yearA;
    private final Integer yearB;
    private final List<Change> changes;

    private YearDiff(Integer yearA, Integer yearB, List<Change> changes) {
        this.yearA = yearA;
        this.yearB = yearB;
        this.changes = List.copyOf(changes);
    }

    /** The changes from the end of {@code a} to the end of {@code b} (null: today). */
    public static YearDiff between(Dataset data, Integer a, Integer b) {
        YearView va = a == null ? null : YearView.of(data, a);
        YearView vb = b == null ? null : YearView.of(data, b);
        List<Change> out = new ArrayList<>();
        for (Pairing p : data.pairings()) {
            add(out, Kind.PAIRING, p.id(), pairing(va, p), pairing(vb, p), p.provenance());
        }
        for (Membership m : listOnce(data)) {
            add(out, Kind.LISTING, m.adcode(), listing(va, m), listing(vb, m), m.provenance());
        }
        for (Enclave e : data.enclaves()) {
            add(out, Kind.ENCLAVE, e.id(), va == null ? Presence.IN_FORCE : va.enclave(e),
                    vb == null ? Presence.IN_FORCE : vb.enclave(e), e.provenance());
        }
        out.sort(Comparator.comparing(Change::kind).thenComparing(Change::direction)
                .thenComparing(c -> !c.certain()));
        return new YearDiff(a, b, out);
    }

    private static void add(List<Change> out, Kind kind, String id, Presence a, Presence b, Provenance provenance) {
        Direction d = direction(a, b);
        if (d != null) {
            out.add(new Change(kind, id, d, a, b, provenance));
        }
    }

    /** ADDED, ENDED, or null when the fact did not change (or is uncertain in both years). */
    static Direction direction(Presence a, Presence b) {
        if (a == b) {
            return null;
        }
        if (a == Presence.NOT_IN_FORCE || b == Presence.IN_FORCE) {
            return Direction.ADDED;
        }
        return Direction.ENDED;
    }

    private static Presence pairing(YearView v, Pairing p) {
        if (v != null) {
            return v.pairing(p);
        }
        return p.status() == Pairing.Status.HISTORICAL ? Presence.NOT_IN_FORCE : Presence.IN_FORCE;
    }

    /** One membership per county (the first in the data), as the map colours a county by one list. */
    private static List<Membership> listOnce(Dataset data) {
        List<Membership> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Membership m : data.memberships()) {
            if (seen.add(m.adcode())) {
                out.add(m);
            }
        }
        return out;
    }

    private static Presence listing(YearView v, Membership m) {
        if (v == null) {
            return m.until() == null ? Presence.IN_FORCE : Presence.NOT_IN_FORCE;
        }
        switch (v.listing(m.adcode())) {
            case LISTED: return Presence.IN_FORCE;
            case MAYBE_LISTED: return Presence.UNCERTAIN;
            default: return Presence.NOT_IN_FORCE;
        }
    }

    /** Year A, or null for today. */
    public Integer yearA() {
        return yearA;
    }

    /** Year B, or null for today. */
    public Integer yearB() {
        return yearB;
    }

    /** Every change: pairings, then listings, then enclaves; added before ended; certain before possible. */
    public List<Change> changes() {
        return changes;
    }

    /** The changes of one kind and direction. */
    public List<Change> changes(Kind kind, Direction direction) {
        return changes.stream().filter(c -> c.kind() == kind && c.direction() == direction).toList();
    }

    /** The change with this {@link Change#key()}, or null. */
    public Change find(String key) {
        return changes.stream().filter(c -> c.key().equals(key)).findFirst().orElse(null);
    }
}
