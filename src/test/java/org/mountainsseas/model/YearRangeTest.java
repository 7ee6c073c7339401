package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.testing.Fixtures;

/** One answer to "which years do the data cover", for the timeline and the year filters alike. */
class YearRangeTest {
    private static final Provenance P = new Provenance(List.of("s"), Confidence.HIGH, null);

    @Test
    void theRangeRunsFromTheFirstDatedThingToTheDataDate() {
        Dataset tiny = new DatasetReader(Fixtures.tiny(), Set.of("330101", "330102", "330103", "330104", "330105"))
                .read().value();
        assertEquals(new YearRange(2002, 2026), YearRange.of(tiny), "PR01 in 2002, the data dated 2026");
        assertEquals(new YearRange(2001, 2025), YearRange.of(YearViewTestData.real()),
                "the bundled data: the first timeline event in 2001, the data dated 2025-11-23");
        assertEquals(new YearRange(YearRange.FORMAL_START, YearRange.FORMAL_START), YearRange.of(Dataset.empty()));
    }

    @Test
    void olderAndNewerPairingsWidenIt() {
        Dating y1996 = new Dating(1996, null, null, Dating.Qualifier.EXACT, Text.same("1996"));
        Dating y2031 = new Dating(2031, null, null, Dating.Qualifier.BY, Text.same("2031"));
        Dataset wider = Dataset.builder()
                .pairing(new Pairing("PR1", "330101", "330102", Text.same("乙"), y1996, Pairing.Status.ACTIVE, null, P))
                .pairing(new Pairing("PR2", "330101", "330103", Text.same("丙"), null, Pairing.Status.ACTIVE, null, P))
                .pairing(new Pairing("PR3", "330101", "330104", Text.same("丁"), y2031, Pairing.Status.ACTIVE, null, P))
                .build();
        YearRange r = YearRange.of(wider);
        assertEquals(new YearRange(1996, 2031), r);
        assertEquals(36, r.size());
        assertEquals(1996, r.clamp(1990));
        assertEquals(2031, r.clamp(2040));
        assertEquals(2010, r.clamp(2010));
    }
}
