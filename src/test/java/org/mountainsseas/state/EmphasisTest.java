package org.mountainsseas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.Fixtures;

/** The map's one emphasis: every selected county's arcs and enclaves, else a lecture step's. */
class EmphasisTest {
    private AppState state;

    @BeforeEach
    void setUp() {
        state = new AppState(Language.EN);
        var data = Fixtures.tinyData();
        state.loadData(data, Map.of(), List.of());
    }

    @Test
    void nothingIsInFocusWithoutASelectionOrSpotlight() {
        assertFalse(state.emphasis().focused());
        assertTrue(state.emphasis().pairings().isEmpty());
    }

    @Test
    void everySelectedCountyBringsItsPairingsAndEnclavesIntoFocus() {
        state.select("330103");
        assertEquals(Set.of("PR01"), state.emphasis().pairings(), "Xihu's partner end");
        assertEquals(Set.of("E01"), state.emphasis().enclaves(), "the enclave it hosts");
        assertTrue(state.emphasis().focused());
        state.selectAll(List.of("330103", "330104"), "330103");
        assertEquals(Set.of("PR01", "PR02"), state.emphasis().pairings(), "both selected counties' arcs, not the primary's only");
        assertEquals(state.highlighted(), state.emphasis().counties(), "and the same counties the land lights");
        assertEquals(Set.of("330103", "330104"), state.emphasis().selection());
    }

    @Test
    void withoutASelectionTheSpotlightDecidesAndASelectionOutshinesIt() {
        state.spotlight(new Spotlight(Set.of(), Set.of("PR02"), Set.of(), false));
        assertEquals(Set.of("PR02"), state.emphasis().pairings());
        assertTrue(state.emphasis().enclaves().isEmpty());
        state.select("330103");
        assertEquals(Set.of("PR01"), state.emphasis().pairings(), "the selection's, not the step's");
    }
}
