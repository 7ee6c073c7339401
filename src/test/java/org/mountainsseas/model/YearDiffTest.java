package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.YearDiff.Change;
import org.mountainsseas.model.YearDiff.Direction;
import org.mountainsseas.model.YearDiff.Kind;

/** The year comparison's changes, checked against the bundled data's dates. */
class YearDiffTest {
    private static Dataset real;

    @BeforeAll
    static void load() {
        real = YearViewTestData.real();
    }

    private static Change change(YearDiff d, Kind kind, String id) {
        return d.find(kind + ":" + id);
    }

    @Test
    void aPairingStartedExactlyBetweenTheYearsIsACertainAddition() {
        YearDiff d = YearDiff.between(real, 2012, 2025);
        // 泰顺 – 滨江 (PR06) paired in 2021, 开化 – 嘉善 (PR14) in 2014: both exact dates
        for (String id : List.of("PR06", "PR14", "PR23")) {
            Change c = change(d, Kind.PAIRING, id);
            assertNotNull(c, id);
            assertEquals(Direction.ADDED, c.direction(), id);
            assertTrue(c.certain(), id);
            assertEquals(Presence.NOT_IN_FORCE, c.atA(), id);
            assertEquals(Presence.IN_FORCE, c.atB(), id);
        }
        // known only "c. 2024": possible in 2023–24, certain by 2025, absent in 2012, so it certainly started in between
        assertTrue(change(d, Kind.PAIRING, "PR18").certain());
    }

    @Test
    void aVagueStartNearYearAIsReportedAsPossibleNeverAsCertain() {
        YearDiff d = YearDiff.between(real, 2012, 2025);
        // PR13 "c. 2013" may already have existed at the end of 2012; PR43 is known only "by 2025"
        for (String id : List.of("PR13", "PR43")) {
            Change c = change(d, Kind.PAIRING, id);
            assertNotNull(c, id);
            assertEquals(Direction.ADDED, c.direction(), id);
            assertFalse(c.certain(), id);
            assertEquals(Presence.UNCERTAIN, c.atA(), id);
        }
    }

    @Test
    void factsTheSameOrUncertainInBothYearsAreNotChanges() {
        YearDiff d = YearDiff.between(real, 2012, 2025);
        assertNull(change(d, Kind.PAIRING, "PR11"), "exact 2012: in force in both years");
        assertNull(change(d, Kind.PAIRING, "PR10"), "no date: possible in both years");
        assertNull(change(d, Kind.PAIRING, "PR04"), "exact 2002: in force in both");
        assertTrue(YearDiff.between(real, 2018, 2018).changes().isEmpty());
    }

    @Test
    void noChangeIsCertainWhenEitherYearIsUncertainInAnyPairOfYears() {
        YearRange range = YearRange.of(real);
        for (int a = range.first(); a <= range.last(); a++) {
            for (int b = range.first(); b <= range.last(); b++) {
                YearView va = YearView.of(real, a), vb = YearView.of(real, b);
                for (Change c : YearDiff.between(real, a, b).changes()) {
                    boolean vague = c.atA() == Presence.UNCERTAIN || c.atB() == Presence.UNCERTAIN;
                    assertEquals(!vague, c.certain(), c + " " + a + "→" + b);
                    if (c.kind() == Kind.PAIRING) {
                        Pairing p = real.pairings().stream().filter(x -> x.id().equals(c.id())).findFirst().orElseThrow();
                        assertEquals(va.pairing(p), c.atA());
                        assertEquals(vb.pairing(p), c.atB());
                    }
                }
            }
        }
    }

    @Test
    void swappingTheYearsSwapsAddedAndEnded() {
        YearDiff forward = YearDiff.between(real, 2012, 2025);
        YearDiff back = YearDiff.between(real, 2025, 2012);
        assertEquals(forward.changes().size(), back.changes().size());
        for (Change c : forward.changes()) {
            Change r = back.find(c.key());
            assertNotNull(r, c.key());
            assertEquals(c.direction() == Direction.ADDED ? Direction.ENDED : Direction.ADDED, r.direction(), c.key());
            assertEquals(c.certain(), r.certain(), c.key());
        }
    }

    @Test
    void theListingsAndEnclavesFollowTheTimelinesRules() {
        YearDiff d = YearDiff.between(real, 2012, 2025);
        // the 26 counties are listed "by 2021" (possibly earlier): a possible addition; 洞头 joined the island list in August 2024
        Change chunan = change(d, Kind.LISTING, "330127");
        assertEquals(Direction.ADDED, chunan.direction());
        assertFalse(chunan.certain());
        Change dongtou = change(d, Kind.LISTING, "330305");
        assertTrue(dongtou.certain());
        // six of the 26 left the list in August 2024: possibly listed in 2012, certainly off it by 2025
        assertEquals(20 + 2, d.changes(Kind.LISTING, Direction.ADDED).size());
        Change lishui = change(d, Kind.LISTING, "331102");
        assertEquals(Direction.ENDED, lishui.direction());
        assertFalse(lishui.certain());
        assertEquals(6, d.changes(Kind.LISTING, Direction.ENDED).size());
        // E04 opened in 2022 (exact), E07 in 2012 (exact, so already open at the end of 2012)
        assertTrue(change(d, Kind.ENCLAVE, "E04").certain());
        assertNull(change(d, Kind.ENCLAVE, "E07"));
    }

    @Test
    void todayIsTheDataAsTheyStandAndAHistoricalPairingHasPossiblyEnded() {
        YearDiff d = YearDiff.between(real, 2012, null);
        assertNull(d.yearB());
        Change historical = change(d, Kind.PAIRING, "PR42");
        assertEquals(Direction.ENDED, historical.direction());
        assertFalse(historical.certain());
        // an undated pairing holds today, and may have held in 2012
        Change undated = change(d, Kind.PAIRING, "PR10");
        assertEquals(Direction.ADDED, undated.direction());
        assertFalse(undated.certain());
    }

    @Test
    void certainChangesComeBeforePossibleOnesWithinAKindAndDirection() {
        List<Change> added = YearDiff.between(real, 2012, 2025).changes(Kind.PAIRING, Direction.ADDED);
        boolean seenPossible = false;
        for (Change c : added) {
            seenPossible |= !c.certain();
            assertFalse(seenPossible && c.certain(), "a certain change after a possible one: " + c);
        }
        assertTrue(seenPossible);
    }
}
