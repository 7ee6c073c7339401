package org.mountainsseas.model;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What was in force at the end of one year: which pairings existed, which enclaves had opened,
 * which projects had started, which counties were on the mountain (or island) county list. Each
 * answer is a {@link Presence}, so facts with vague or unknown dates stay visible as uncertain
 * instead of being hidden or shown as certain; the rules per date qualifier are in
 * {@link Presence#happenedBy}. Pairings marked historical ended at an unknown time, so they are at
 * most uncertain. Computed once per year and then only looked up, so a map layer can paint from it
 * on every frame.
 */
public final class YearView {
    /** A county's place on the list in that year. */
    public enum Listing {
        /** Certainly on the list. */
        LISTED,
        /** Possibly on the list (e.g. listed "by 2021", the year is earlier). */
        MAYBE_LISTED,
        /** Had left the list by then. */
        LEFT,
        /** Not on the list (never was, or not yet). */
        NOT_LISTED
    }

    /** How many facts of one kind held for certain, and how many more may have. */
    public record Count(int certain, int uncertain) {
        public int shown() {
            return certain + uncertain;
        }
    }

    private final int year;
    private final Map<String, Presence> pairings = new LinkedHashMap<>();
    private final Map<String, Presence> enclaves = new LinkedHashMap<>();
    private final Map<String, Presence> projects = new LinkedHashMap<>();
    private final Map<String, Presence> partners = new HashMap<>();
    private final Map<String, Listing> listing = new HashMap<>();
    private final Map<String, Membership.Group> group = new HashMap<>();

    private YearView(Dataset data, int year) {
        this.year = year;
        for (Pairing p : data.pairings()) {
            Presence at = pairing(p, year);
            pairings.put(p.id(), at);
            if (p.partner() != null) {
                partners.merge(p.partner(), at, Presence::or);
            }
        }
        for (Enclave e : data.enclaves()) {
            enclaves.put(e.id(), Presence.happenedBy(e.opened(), year));
        }
        for (Project p : data.projects()) {
            projects.put(p.id(), Presence.happenedBy(p.year(), year));
        }
        for (Membership m : data.memberships()) {
            Listing l = listing(m, year);
            Listing before = listing.get(m.adcode());
            if (before == null || l.ordinal() < before.ordinal()) {
                listing.put(m.adcode(), l);
                group.put(m.adcode(), m.group());
            }
        }
    }

    /** The state of the data at the end of {@code year}. */
    public static YearView of(Dataset data, int year) {
        return new YearView(data, year);
    }

    static Presence pairing(Pairing p, int year) {
        Presence started = Presence.happenedBy(p.since(), year);
        return p.status() == Pairing.Status.HISTORICAL ? started.and(Presence.UNCERTAIN) : started;
    }

    static Listing listing(Membership m, int year) {
        if (m.until() != null && Presence.happenedBy(m.until(), year) == Presence.IN_FORCE) {
            return Listing.LEFT;
        }
        switch (Presence.span(m.from(), m.until(), year)) {
            case IN_FORCE: return Listing.LISTED;
            case UNCERTAIN: return Listing.MAYBE_LISTED;
            default: return Listing.NOT_LISTED;
        }
    }

    public int year() {
        return year;
    }

    /** Whether the pairing existed; an unknown id counts as absent. */
    public Presence pairing(Pairing p) {
        return pairings.getOrDefault(p.id(), Presence.NOT_IN_FORCE);
    }

    public Presence enclave(Enclave e) {
        return enclaves.getOrDefault(e.id(), Presence.NOT_IN_FORCE);
    }

    public Presence project(Project p) {
        return projects.getOrDefault(p.id(), Presence.NOT_IN_FORCE);
    }

    /** The county's place on the list; {@link Listing#NOT_LISTED} for a county never on it. */
    public Listing listing(String adcode) {
        return listing.getOrDefault(adcode, Listing.NOT_LISTED);
    }

    /** Which list the county is (or was, or may be) on; null if it never was. */
    public Membership.Group group(String adcode) {
        return group.get(adcode);
    }

    /** Whether the county supported a mountain county through a pairing in force then. */
    public Presence partner(String adcode) {
        return partners.getOrDefault(adcode, Presence.NOT_IN_FORCE);
    }

    /**
     * The county's class in that year: mountain while (possibly) listed, partner while a pairing
     * of it (possibly) held, otherwise other. A county that has left the list counts as other
     * unless it is a partner; ask {@link #listing} to show that it left.
     */
    public CountyClass classOf(String adcode) {
        Listing l = listing(adcode);
        if (l == Listing.LISTED || l == Listing.MAYBE_LISTED) {
            return CountyClass.MOUNTAIN;
        }
        return partner(adcode).shown() ? CountyClass.PARTNER : CountyClass.OTHER;
    }

    /** Whether the county's class in that year rests on an uncertain date (drawn hatched). */
    public boolean uncertain(String adcode) {
        switch (classOf(adcode)) {
            case MOUNTAIN: return listing(adcode) == Listing.MAYBE_LISTED;
            case PARTNER: return partner(adcode) == Presence.UNCERTAIN;
            default: return false;
        }
    }

    public Count pairingCount() {
        return count(pairings);
    }

    public Count enclaveCount() {
        return count(enclaves);
    }

    public Count projectCount() {
        return count(projects);
    }

    /** Counties on the list, certainly or possibly. */
    public Count listedCount() {
        int certain = 0, uncertain = 0;
        for (Listing l : listing.values()) {
            certain += l == Listing.LISTED ? 1 : 0;
            uncertain += l == Listing.MAYBE_LISTED ? 1 : 0;
        }
        return new Count(certain, uncertain);
    }

    private static Count count(Map<String, Presence> map) {
        int certain = Collections.frequency(map.values(), Presence.IN_FORCE);
        int uncertain = Collections.frequency(map.values(), Presence.UNCERTAIN);
        return new Count(certain, uncertain);
    }
}
