package org.mountainsseas.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Text;

class ReviewRowsTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        Set<String> adcodes = new HashSet<>();
        for (Boundary b : GeoJsonReader.readCounties(DataLocation.bundled()).value()) {
            adcodes.add(b.id());
        }
        data = new DatasetReader(DataLocation.bundled(), adcodes).read().value();
    }

    private static List<PairingRow> rows(ReviewFilter f) {
        return ReviewRows.pairings(data, f);
    }

    @Test
    void everyPairingIsARowAndCountiesWithoutAPartnerAreGapRows() {
        List<PairingRow> all = rows(ReviewFilter.NONE);
        assertEquals(data.pairings().size() + 2, all.size());
        assertTrue(all.stream().anyMatch(r -> r.partnerUnknown() && r.mountain().equals("330324")), "Yongjia");
        assertTrue(all.stream().anyMatch(r -> r.partnerUnknown() && r.mountain().equals("331022")), "Sanmen");
    }

    @Test
    void theUnknownsFilterShowsTheGapsOnly() {
        List<PairingRow> gaps = rows(ReviewFilter.NONE.withGapsOnly(true));
        assertTrue(gaps.stream().anyMatch(PairingRow::partnerUnknown));
        assertTrue(gaps.stream().anyMatch(r -> r.pairing() != null && r.pairing().since() == null));
        assertTrue(gaps.stream().allMatch(r -> r.pairing() == null || r.pairing().since() == null
                || r.pairing().since().year() == null || r.pairing().partner() == null));
        assertTrue(gaps.size() < rows(ReviewFilter.NONE).size());
    }

    @Test
    void inForceByAYearKeepsPairingsMadeByThenAndDropsUnknownYears() {
        List<PairingRow> by2012 = rows(ReviewFilter.NONE.withYears(null, 2012));
        assertFalse(by2012.isEmpty());
        assertTrue(by2012.stream().allMatch(r -> r.pairing().since().year() <= 2012));
        List<PairingRow> range = rows(ReviewFilter.NONE.withYears(2021, 2013));
        assertTrue(range.stream().allMatch(r -> r.pairing().since().year() >= 2013 && r.pairing().since().year() <= 2021),
                "a reversed range is read the right way round");
    }

    @Test
    void cityFilterKeepsPairingsTouchingTheCity() {
        List<PairingRow> lishui = rows(ReviewFilter.NONE.withCities(Set.of("331100")));
        assertFalse(lishui.isEmpty());
        assertTrue(lishui.stream().allMatch(r -> data.county(r.mountain()).cityAdcode().equals("331100")
                || r.pairing().partner() != null && data.county(r.pairing().partner()).cityAdcode().equals("331100")));
    }

    @Test
    void confidenceAndEnclaveTypeFiltersNarrowTheRows() {
        List<PairingRow> low = rows(ReviewFilter.NONE.withConfidences(Set.of(Confidence.LOW)));
        assertTrue(low.stream().allMatch(r -> r.pairing().provenance().confidence() == Confidence.LOW));
        List<ItemRow> sciTech = ReviewRows.items(data, ReviewFilter.NONE.withEnclaveTypes(Set.of(EnclaveType.SCI_TECH)));
        assertFalse(sciTech.isEmpty());
        assertTrue(sciTech.stream().allMatch(r -> r.enclave() == null || r.enclave().type() == EnclaveType.SCI_TECH));
        List<PairingRow> withSciTech = rows(ReviewFilter.NONE.withEnclaveTypes(Set.of(EnclaveType.SCI_TECH)));
        assertTrue(withSciTech.stream().allMatch(r -> r.enclaves().stream().anyMatch(e -> e.type() == EnclaveType.SCI_TECH)));
    }

    @Test
    void theMapLightsOnlyCountiesTheFilterKeeps() {
        assertEquals(data.counties().size(), lit(ReviewFilter.NONE).size());
        ReviewFilter mountain = ReviewFilter.NONE.withClasses(Set.of(CountyClass.MOUNTAIN));
        assertEquals(data.mountainCounties(), lit(mountain));
        Set<String> lishui = lit(ReviewFilter.NONE.withCities(Set.of("331100")));
        assertEquals(9, lishui.size(), "Lishui has nine county-level units");
        Set<String> gaps = lit(ReviewFilter.NONE.withGapsOnly(true));
        assertTrue(gaps.containsAll(Set.of("330324", "331022")));
    }

    private static Set<String> lit(ReviewFilter f) {
        return ReviewRows.litCounties(data, f, rows(f), ReviewRows.items(data, f));
    }

    @Test
    void rowsInvolvingACountyIncludeBothSides() {
        List<PairingRow> all = rows(ReviewFilter.NONE);
        String partner = data.pairings().get(0).partner();
        List<PairingRow> mine = ReviewRows.involving(all, partner);
        assertTrue(mine.stream().anyMatch(r -> partner.equals(r.pairing().partner())));
        assertTrue(ReviewRows.involving(all, null).isEmpty());
    }
}
