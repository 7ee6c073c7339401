package org.mountainsseas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.testing.Fixtures;

class ReviewStateTest {
    private static final Dataset TINY = new DatasetReader(Fixtures.tiny(),
            Set.of("330101", "330102", "330103", "330104", "330105")).read().value();

    private static AppState loaded() {
        AppState s = new AppState(Language.EN);
        s.loadData(TINY, Map.of(), List.of());
        return s;
    }

    @Test
    void theRowsAndTheLitCountiesFollowTheFilter() {
        ReviewState r = loaded().review();
        assertEquals(3, r.pairingRowsProperty().get().size(), "two pairings and the gap of 330102");
        assertEquals(5, r.litCountiesProperty().get().size());
        r.setFilter(ReviewFilter.NONE.withConfidences(Set.of(Confidence.LOW)));
        assertEquals(List.of("PR02"), r.pairingRowsProperty().get().stream().map(x -> x.key()).toList());
        assertEquals(Set.of("330101", "330104"), r.litCountiesProperty().get());
        r.clearFilters();
        assertFalse(r.filter().active());
        assertEquals(3, r.pairingRowsProperty().get().size());
    }

    @Test
    void compareKeepsKnownCountiesOnceEachInTheOrderPicked() {
        AppState s = loaded();
        ReviewState r = s.review();
        r.toggleCompare("330103");
        r.toggleCompare("330101");
        r.toggleCompare("339999");
        assertEquals(List.of("330103", "330101"), r.compared());
        r.toggleCompare("330103");
        assertEquals(List.of("330101"), r.compared());
        r.setCompared(List.of("330102", "330102", "nope"));
        assertEquals(List.of("330102"), r.compared());
        s.loadData(Dataset.empty(), Map.of(), List.of());
        assertTrue(r.compared().isEmpty(), "new data drop counties they do not have");
    }

    @Test
    void showingASourceOpensTheReviewAreaAndIgnoresUnknownIds() {
        ReviewState r = loaded().review();
        r.showSource("s2");
        assertEquals("s2", r.sourceProperty().get());
        assertTrue(r.openProperty().get());
        r.showSource("nowhere");
        assertNull(r.sourceProperty().get());
    }

    @Test
    void theSearchIndexFollowsTheData() {
        AppState s = loaded();
        assertFalse(s.review().searchIndex().search("330101", 5).isEmpty());
        s.loadData(Dataset.empty(), Map.of(), List.of());
        assertTrue(s.review().searchIndex().search("330101", 5).isEmpty());
    }
}
