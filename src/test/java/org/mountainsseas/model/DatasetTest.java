package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {
    private static final Provenance P = new Provenance(List.of("s"), Confidence.HIGH, null);

    private static Dating year(int y) {
        return new Dating(y, null, null, Dating.Qualifier.EXACT, Text.same(String.valueOf(y)));
    }

    private static Dataset twoPairings() {
        return Dataset.builder()
                .county(new County("330101", Text.of("甲", "A"), Text.same("c"), "330100"))
                .county(new County("330102", Text.of("乙", "B"), Text.same("c"), "330100"))
                .county(new County("330103", Text.of("丙", "C"), Text.same("c"), "330100"))
                .county(new County("330104", Text.of("丁", "D"), Text.same("c"), "330100"))
                .membership(new Membership("330101", Membership.Group.MOUNTAIN, year(2021), null, null, P))
                .membership(new Membership("330104", Membership.Group.MOUNTAIN, year(2021), year(2024), null, P))
                .pairing(new Pairing("PR1", "330101", "330102", Text.same("乙"), null, Pairing.Status.ACTIVE, null, P))
                .pairing(new Pairing("PR2", "330101", null, Text.same("滨海新区"), null, Pairing.Status.ACTIVE, null, P))
                .build();
    }

    @Test
    void classesFollowTheListAndThePairings() {
        Dataset d = twoPairings();
        assertEquals(CountyClass.MOUNTAIN, d.classOf("330101"));
        assertEquals(CountyClass.PARTNER, d.classOf("330102"));
        assertEquals(CountyClass.OTHER, d.classOf("330103"));
        assertEquals(CountyClass.MOUNTAIN, d.classOf("330104"), "listed in 2021, left in 2024");
    }

    @Test
    void partnersOffTheMapAreNotCountedAsCounties() {
        Dataset d = twoPairings();
        assertEquals(2, d.pairingsOf("330101").size());
        assertEquals(Set.of("330102"), d.partnersOf("330101"));
        assertEquals(Set.of("330101"), d.partnersOf("330102"));
    }
}
