package org.mountainsseas.state;

import java.util.Set;

/**
 * What a presentation step puts in the light when nothing is selected: counties, pairings (by id),
 * enclaves (by id) and the Qingda Line. {@link #NONE} when no tour is running.
 */
public record Spotlight(Set<String> counties, Set<String> pairings, Set<String> enclaves, boolean qingdaLine) {
    public static final Spotlight NONE = new Spotlight(Set.of(), Set.of(), Set.of(), false);

    public Spotlight {
        counties = Set.copyOf(counties);
        pairings = Set.copyOf(pairings);
        enclaves = Set.copyOf(enclaves);
    }

    public boolean isEmpty() {
        return counties.isEmpty() && pairings.isEmpty() && enclaves.isEmpty() && !qingdaLine;
    }
}
