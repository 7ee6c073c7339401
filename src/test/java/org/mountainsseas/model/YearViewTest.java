package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.YearView.Listing;
import org.mountainsseas.testing.Fixtures;

class YearViewTest {
    private static final Provenance P = new Provenance(List.of("s"), Confidence.HIGH, null);
    private static Dataset tiny;
    private static Dataset real;

    @BeforeAll
    static void load() {
        tiny = Fixtures.tinyData();
        real = YearViewTestData.real();
    }

    private static Dating date(Integer year, Dating.Qualifier q) {
        return new Dating(year, null, null, q, Text.same(String.valueOf(year)));
    }

    private static Pairing pairing(String id, Dating since, Pairing.Status status) {
        return new Pairing(id, "330101", "330103", Text.same("丙"), since, status, null, P);
    }

    private static Pairing pairing(Dataset d, String mountain, String partner) {
        return d.pairings().stream().filter(p -> mountain.equals(p.mountain()) && partner.equals(p.partner()))
                .findFirst().orElseThrow();
    }

    // The tiny fixture: PR01 exact 2002, PR02 no date; E01 opened 2021; 330101 listed by 2021,
    // 330102 listed by 2021 until 2024.

    @Test
    void aPairingWithAnExactDateExistsFromThatYearOnly() {
        Pairing exact = tiny.pairings().get(0);
        assertEquals(Presence.NOT_IN_FORCE, YearView.of(tiny, 2001).pairing(exact));
        assertEquals(Presence.IN_FORCE, YearView.of(tiny, 2002).pairing(exact));
        assertEquals(Presence.IN_FORCE, YearView.of(tiny, 2025).pairing(exact));
    }

    @Test
    void aPairingWithoutADateIsUncertainInEveryYearNotHidden() {
        Pairing undated = tiny.pairings().get(1);
        assertNull(undated.since());
        for (int y : new int[] {1990, 2002, 2021, 2030}) {
            assertEquals(Presence.UNCERTAIN, YearView.of(tiny, y).pairing(undated), "year " + y);
        }
        assertEquals(new YearView.Count(1, 1), YearView.of(tiny, 2010).pairingCount());
        assertEquals(new YearView.Count(0, 1), YearView.of(tiny, 2001).pairingCount());
    }

    @Test
    void anEnclaveAppearsInTheYearItOpened() {
        Enclave e = tiny.enclaves().get(0);
        assertEquals(Presence.NOT_IN_FORCE, YearView.of(tiny, 2020).enclave(e));
        assertEquals(Presence.IN_FORCE, YearView.of(tiny, 2021).enclave(e));
        assertEquals(new YearView.Count(1, 0), YearView.of(tiny, 2022).enclaveCount());
    }

    @Test
    void listMembershipFollowsFromAndUntil() {
        YearView y2010 = YearView.of(tiny, 2010);
        assertEquals(Listing.MAYBE_LISTED, y2010.listing("330101"), "listed by 2021: maybe earlier");
        assertTrue(y2010.uncertain("330101"));
        YearView y2022 = YearView.of(tiny, 2022);
        assertEquals(Listing.LISTED, y2022.listing("330101"));
        assertEquals(Listing.LISTED, y2022.listing("330102"));
        assertFalse(y2022.uncertain("330101"));
        YearView y2024 = YearView.of(tiny, 2024);
        assertEquals(Listing.LEFT, y2024.listing("330102"), "the year means its end: it left during 2024");
        assertEquals(CountyClass.OTHER, y2024.classOf("330102"));
        assertEquals(Listing.NOT_LISTED, y2024.listing("330105"));
        assertEquals(new YearView.Count(1, 0), y2024.listedCount());
    }

    @Test
    void aPartnerIsAPartnerOnlyWhileOneOfItsPairingsHolds() {
        assertEquals(CountyClass.OTHER, YearView.of(tiny, 2001).classOf("330103"));
        assertEquals(CountyClass.PARTNER, YearView.of(tiny, 2002).classOf("330103"));
        assertFalse(YearView.of(tiny, 2002).uncertain("330103"));
        assertEquals(CountyClass.PARTNER, YearView.of(tiny, 2002).classOf("330104"), "its only pairing is undated");
        assertTrue(YearView.of(tiny, 2002).uncertain("330104"));
    }

    @Test
    void byMeansCertainFromThenAndPossibleBefore() {
        Pairing by = pairing("X", date(2018, Dating.Qualifier.BY), Pairing.Status.ACTIVE);
        assertEquals(Presence.UNCERTAIN, YearView.pairing(by, 2003));
        assertEquals(Presence.UNCERTAIN, YearView.pairing(by, 2017));
        assertEquals(Presence.IN_FORCE, YearView.pairing(by, 2018));
    }

    @Test
    void circaMeansPossibleAroundTheYearAndCertainAfter() {
        Pairing circa = pairing("X", date(2013, Dating.Qualifier.CIRCA), Pairing.Status.ACTIVE);
        assertEquals(Presence.NOT_IN_FORCE, YearView.pairing(circa, 2011));
        assertEquals(Presence.UNCERTAIN, YearView.pairing(circa, 2012));
        assertEquals(Presence.UNCERTAIN, YearView.pairing(circa, 2013));
        assertEquals(Presence.IN_FORCE, YearView.pairing(circa, 2014));
    }

    @Test
    void anUnknownQualifierWithAYearIsStillUncertainAndAHistoricalPairingNeverCertain() {
        assertEquals(Presence.UNCERTAIN, YearView.pairing(pairing("X", date(2010, Dating.Qualifier.UNKNOWN), Pairing.Status.ACTIVE), 2020));
        Pairing old = pairing("Y", date(2003, Dating.Qualifier.EXACT), Pairing.Status.HISTORICAL);
        assertEquals(Presence.NOT_IN_FORCE, YearView.pairing(old, 2002));
        assertEquals(Presence.UNCERTAIN, YearView.pairing(old, 2010), "it ended at an unknown time");
    }

    @Test
    void aMembershipThatEndedAtAnUnknownTimeIsUncertainAfterItsStart() {
        Membership m = new Membership("330101", Membership.Group.MOUNTAIN, date(2002, Dating.Qualifier.EXACT),
                date(null, Dating.Qualifier.UNKNOWN), null, P);
        assertEquals(Listing.NOT_LISTED, YearView.listing(m, 2001));
        assertEquals(Listing.MAYBE_LISTED, YearView.listing(m, 2010));
    }

    @Test
    void in2003TheFirstPairingsExist() {
        YearView y = YearView.of(real, 2003);
        assertEquals(Presence.IN_FORCE, y.pairing(pairing(real, "330328", "330381")), "Rui'an–Wencheng");
        assertEquals(Presence.UNCERTAIN, y.pairing(pairing(real, "330329", "330302")), "Lucheng–Taishun: by 2007, maybe 2002");
        assertEquals(Presence.IN_FORCE, y.pairing(pairing(real, "331181", "330411")), "Xiuzhou–Longquan (c. 2002)");
        assertEquals(Presence.IN_FORCE, y.pairing(pairing(real, "331121", "330482")), "Pinghu–Qingtian 2003");
        assertEquals(Presence.NOT_IN_FORCE, y.pairing(pairing(real, "330329", "330108")), "Binjiang–Taishun came in 2021");
        assertEquals(Presence.UNCERTAIN, y.pairing(pairing(real, "330127", "330106")), "Xihu–Chun'an: by 2013, maybe earlier");
        assertEquals(0, y.enclaveCount().certain(), "no enclave had certainly opened");
    }

    @Test
    void in2021TheAdjustedPairingAndTheFirstEnclavesHold() {
        YearView y = YearView.of(real, 2021);
        assertEquals(Presence.IN_FORCE, y.pairing(pairing(real, "330329", "330108")));
        assertEquals(26, y.listedCount().certain());
        assertTrue(y.enclaveCount().certain() >= 5, y.enclaveCount().toString());
    }

    @Test
    void theListChangesIn2024And2025() {
        YearView y2023 = YearView.of(real, 2023);
        YearView y2024 = YearView.of(real, 2024);
        YearView y2025 = YearView.of(real, 2025);
        assertEquals(Listing.LISTED, y2023.listing("330326"), "Pingyang on the list in 2023");
        assertEquals(Listing.LEFT, y2024.listing("330326"), "Pingyang left in August 2024");
        assertEquals(Listing.LEFT, y2025.listing("330326"));
        assertEquals(CountyClass.OTHER, y2025.classOf("330326"));
        assertEquals(Listing.LISTED, y2024.listing("330324"), "Yongjia still listed in 2024");
        assertEquals(Listing.LEFT, y2025.listing("330324"), "Yongjia left in May 2025");
        assertEquals(Listing.NOT_LISTED, y2023.listing("330305"), "Dongtou joined in 2024");
        assertEquals(Listing.LISTED, y2024.listing("330305"));
        assertEquals(Membership.Group.ISLAND, y2024.group("330305"));
        assertEquals(new YearView.Count(25, 0), y2024.listedCount(), "26 − 3 + 2 islands");
        assertEquals(new YearView.Count(22, 0), y2025.listedCount());
        Set<String> before = new HashSet<>();
        YearView y2010 = YearView.of(real, 2010);
        real.mountainCounties().forEach(a -> {
            if (y2010.listing(a) == Listing.MAYBE_LISTED) {
                before.add(a);
            }
        });
        assertEquals(26, before.size(), "listed by 2021: earlier years are possible, not certain");
    }
}
