package org.mountainsseas.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.testing.TestWorld;

class CompareStateTest {
    private final AppState state = TestWorld.state(Language.EN);
    private final CompareState compare = state.compare();

    @Test
    void openingTheFirstTimeCompares2012WithTheDatasLastYear() {
        assertFalse(compare.shown());
        compare.open();
        assertTrue(compare.shown());
        assertEquals(2012, compare.yearA());
        assertEquals(state.yearRange().last(), compare.yearB());
        compare.setYearA(2015);
        compare.close();
        compare.open();
        assertEquals(2015, compare.yearA(), "the years chosen are kept");
    }

    @Test
    void yearsAreClampedAndStepLikeTheTimeline() {
        compare.open(1990, 2099);
        assertEquals(state.yearRange().first(), compare.yearA());
        assertEquals(state.yearRange().last(), compare.yearB());
        compare.setYearB(null);
        assertNull(compare.yearB(), "today");
        compare.stepYearB(-1);
        assertEquals(state.yearRange().last(), compare.yearB(), "a step back from today starts at the last year");
        compare.setYearA(null);
        compare.stepYearA(1);
        assertEquals(state.yearRange().first(), compare.yearA(), "a step on from today starts at the first year");
    }

    @Test
    void theDiffFollowsTheYearsAndAChosenChangeGoesWhenItIsNoLongerOne() {
        compare.open(2012, 2025);
        YearDiff.Change binjiang = compare.diff().find("PAIRING:PR06");
        compare.choose(binjiang);
        compare.setYearA(2013);
        assertEquals(binjiang.key(), compare.chosen().key(), "still a change from 2013 to 2025");
        compare.setYearA(2022);
        assertNull(compare.diff().find("PAIRING:PR06"));
        assertNull(compare.chosen(), "PR06 (2021) held in both years: no longer a change");
        compare.setYears(2012, 2025);
        compare.choose(compare.diff().find("PAIRING:PR06"));
        compare.setYears(2025, 2012);
        assertEquals("PAIRING:PR06", compare.chosen().key(), "swapped at once, it is still a change (ended) and stays chosen");
    }

    @Test
    void theDividerStaysWhereBothYearsShow() {
        compare.setDivider(1.4);
        assertEquals(0.98, compare.divider(), 1e-9);
        compare.setDivider(-3);
        assertEquals(0.02, compare.divider(), 1e-9);
        compare.setDivider(Double.NaN);
        assertEquals(0.5, compare.divider(), 1e-9);
        assertSame(compare, state.compare());
    }
}
