package org.mountainsseas.state;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;

/**
 * What the map draws in focus: the counties lit (the selection and its partners, or a presentation
 * step's), the pairings and enclaves drawn strong, and whether anything is in focus at all (then the
 * rest fades). Every selected county counts, not only the primary one, so a multi-row pick in a
 * review table lights every county's arcs as it lights the counties. Derived in {@link AppState}.
 *
 * @param counties    the lit counties (outlined, not dimmed)
 * @param selection   the selected counties (a heavier outline)
 * @param pairings    ids of the pairings drawn strong
 * @param enclaves    ids of the enclaves drawn strong
 * @param focused     whether anything is in focus, so that what is not fades
 */
public record Emphasis(Set<String> counties, Set<String> selection, Set<String> pairings, Set<String> enclaves,
                       boolean focused) {
    public static final Emphasis NONE = new Emphasis(Set.of(), Set.of(), Set.of(), Set.of(), false);

    public Emphasis {
        // in their order: outlines drawn later lie over earlier ones
        counties = Collections.unmodifiableSet(new LinkedHashSet<>(counties));
        selection = Collections.unmodifiableSet(new LinkedHashSet<>(selection));
        pairings = Set.copyOf(pairings);
        enclaves = Set.copyOf(enclaves);
    }

    /**
     * The emphasis of a selection, or, without one, of a presentation step's spotlight.
     *
     * @param lit the counties lit (the state's highlighted counties)
     */
    public static Emphasis of(Dataset data, Set<String> selection, Spotlight spotlight, Set<String> lit) {
        Set<String> pairings = new HashSet<>();
        Set<String> enclaves = new HashSet<>();
        boolean selecting = !selection.isEmpty();
        for (Pairing p : data.pairings()) {
            if (selecting ? has(selection, p.mountain()) || has(selection, p.partner())
                    : spotlight.pairings().contains(p.id())) {
                pairings.add(p.id());
            }
        }
        for (Enclave e : data.enclaves()) {
            if (selecting ? has(selection, e.host()) || has(selection, e.beneficiary())
                    : spotlight.enclaves().contains(e.id())) {
                enclaves.add(e.id());
            }
        }
        return new Emphasis(lit, selection, pairings, enclaves, selecting || !spotlight.isEmpty());
    }

    /** Whether an adcode that may be unknown (null: not one of the units) is in the set; immutable sets refuse to look up null. */
    private static boolean has(Set<String> set, String adcode) {
        return adcode != null && set.contains(adcode);
    }
}
