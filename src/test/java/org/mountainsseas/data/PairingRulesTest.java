package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.MemoryLocation;

/** Rules between items: who may be the mountain side of a pairing, its partner, repeated pairs, enclave ends. */
class PairingRulesTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    /** The problems of the tiny province with {@code from} replaced by {@code to} in {@code file}. */
    private static List<String> problems(String file, String... fromTo) {
        String s = new String(MemoryLocation.tinyFile(file), StandardCharsets.UTF_8);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(s.contains(fromTo[i]), file + " lacks " + fromTo[i]);
            s = s.replaceFirst(java.util.regex.Pattern.quote(fromTo[i]), java.util.regex.Matcher.quoteReplacement(fromTo[i + 1]));
        }
        byte[] edited = s.getBytes(StandardCharsets.UTF_8);
        return new DatasetReader(MemoryLocation.tinyWith(file, edited), TINY).read().problems().stream()
                .map(LoadProblem::describe).toList();
    }

    @Test
    void theTinyProvinceFollowsTheRules() {
        assertEquals(List.of(), new DatasetReader(MemoryLocation.tinyWith("unused", new byte[0]), TINY).read().problems());
    }

    @Test
    void aSeaDistrictAsTheMountainSideIsRefused() {
        assertEquals(List.of("data/pairings.json › PR01 › mountain: 330105 is not on the mountain-county list in 2002"
                + " (see mountain-counties.json; a pairing that has ended is marked \"status\": \"historical\")"),
                problems(DatasetReader.PAIRINGS, "\"mountain\": \"330101\"", "\"mountain\": \"330105\""));
    }

    @Test
    void twoSeaCountiesPairedAreRefused() {
        List<String> p = problems(DatasetReader.PAIRINGS, "\"mountain\": \"330101\",\n   \"partner\": \"330103\"",
                "\"mountain\": \"330104\",\n   \"partner\": \"330103\"");
        assertEquals(1, p.size(), p::toString);
        assertTrue(p.get(0).startsWith("data/pairings.json › PR01 › mountain: 330104 is not on the mountain-county list"), p::toString);
    }

    @Test
    void aMountainCountyAsThePartnerIsRefused() {
        assertEquals(List.of("data/pairings.json › PR01 › partner: 330102 is itself on the mountain-county list in 2002:"
                + " a partner is a developed county"), problems(DatasetReader.PAIRINGS, "\"partner\": \"330103\"", "\"partner\": \"330102\""));
    }

    @Test
    void theSameCountyPairTwiceIsRefused() {
        assertEquals(List.of("data/pairings.json › PR02 › partner: pairs 330101 with 330103 again: PR01 already does"
                + " (one pairing per county pair)"), problems(DatasetReader.PAIRINGS, "\"partner\": \"330104\"", "\"partner\": \"330103\""));
    }

    @Test
    void anEnclaveHostedByItsBeneficiaryIsRefused() {
        assertEquals(List.of("data/enclaves.json › E01 › beneficiary: is the host 330103 itself: an enclave is hosted by one"
                + " county for another"), problems(DatasetReader.ENCLAVES, "\"beneficiary\": \"330101\"", "\"beneficiary\": \"330103\""));
    }

    @Test
    void aHistoricalPairingNeedsItsMountainOnTheListOnlyAtSomeTime() {
        // 330102 left the list in 2024: a pairing since 2030 is refused unless it is marked historical
        String[] late = {"\"mountain\": \"330101\",\n   \"partner\": \"330103\"", "\"mountain\": \"330102\",\n   \"partner\": \"330103\"",
            "\"year\": 2002", "\"year\": 2030"};
        List<String> active = problems(DatasetReader.PAIRINGS, late);
        assertEquals(1, active.size(), active::toString);
        assertTrue(active.get(0).startsWith("data/pairings.json › PR01 › mountain: 330102 is not on the mountain-county list in 2030"));
        String[] historical = java.util.Arrays.copyOf(late, 6);
        historical[4] = "\"status\": \"active\"";
        historical[5] = "\"status\": \"historical\"";
        assertEquals(List.of(), problems(DatasetReader.PAIRINGS, historical));
    }
}
