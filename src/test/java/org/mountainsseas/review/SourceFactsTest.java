package org.mountainsseas.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.testing.Fixtures;

class SourceFactsTest {
    private static final Dataset TINY = new DatasetReader(Fixtures.tiny(),
            Set.of("330101", "330102", "330103", "330104", "330105")).read().value();

    @Test
    void everyCitedFactIsListedUnderEachOfItsSources() {
        Map<String, List<SourceFacts.Fact>> facts = SourceFacts.of(TINY);
        assertEquals(TINY.sources().size(), facts.size(), "every source has an entry, cited or not");
        for (Pairing p : TINY.pairings()) {
            for (String id : p.provenance().sourceIds()) {
                assertTrue(facts.get(id).stream().anyMatch(f -> f.id().equals(p.id())), p.id() + " under " + id);
            }
        }
        SourceFacts.Fact pr02 = facts.get("s2").stream().filter(f -> f.id().equals("PR02")).findFirst().orElseThrow();
        assertEquals(SourceFacts.Kind.PAIRING, pr02.kind());
        assertEquals("330101", pr02.adcode());
        assertTrue(pr02.label().en().contains("Haiding"), pr02.label().en());
    }

    @Test
    void itemsBeyondZhejiangAndCorridorsAreListedUnderTheirSources() {
        Map<String, List<SourceFacts.Fact>> facts = SourceFacts.of(TINY);
        SourceFacts.Fact school = facts.get("s1").stream().filter(f -> f.id().equals("B01")).findFirst().orElseThrow();
        assertEquals(SourceFacts.Kind.BEYOND, school.kind());
        assertEquals("330102", school.adcode(), "a county giver is the fact's county");
        SourceFacts.Fact seedlings = facts.get("s2").stream().filter(f -> f.id().equals("B02")).findFirst().orElseThrow();
        assertEquals(null, seedlings.adcode(), "a city giver is no county");
        SourceFacts.Fact railway = facts.get("s1").stream().filter(f -> f.id().equals("L01")).findFirst().orElseThrow();
        assertEquals(SourceFacts.Kind.CORRIDOR, railway.kind());
        assertEquals("Fixture railway", railway.label().en());
        for (var o : TINY.outreach()) {
            for (String id : o.provenance().sourceIds()) {
                assertTrue(facts.get(id).stream().anyMatch(f -> f.id().equals(o.id())), o.id() + " under " + id);
            }
        }
    }
}
