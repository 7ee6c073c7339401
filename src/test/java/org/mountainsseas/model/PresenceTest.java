package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mountainsseas.model.Presence.IN_FORCE;
import static org.mountainsseas.model.Presence.NOT_IN_FORCE;
import static org.mountainsseas.model.Presence.UNCERTAIN;

import org.junit.jupiter.api.Test;

class PresenceTest {
    private static Dating d(int y, Dating.Qualifier q) {
        return new Dating(y, null, null, q, Text.same(String.valueOf(y)));
    }

    @Test
    void threeValuedLogicKeepsDoubtOnlyWhereItMatters() {
        assertEquals(IN_FORCE, IN_FORCE.and(IN_FORCE));
        assertEquals(UNCERTAIN, IN_FORCE.and(UNCERTAIN));
        assertEquals(NOT_IN_FORCE, UNCERTAIN.and(NOT_IN_FORCE));
        assertEquals(IN_FORCE, UNCERTAIN.or(IN_FORCE));
        assertEquals(UNCERTAIN, NOT_IN_FORCE.or(UNCERTAIN));
        assertEquals(NOT_IN_FORCE, NOT_IN_FORCE.or(NOT_IN_FORCE));
        assertEquals(UNCERTAIN, UNCERTAIN.not());
        assertEquals(IN_FORCE, NOT_IN_FORCE.not());
    }

    @Test
    void aSpanEndsAtTheEndOfItsLastYear() {
        Dating from = d(2002, Dating.Qualifier.EXACT);
        Dating until = d(2024, Dating.Qualifier.EXACT);
        assertEquals(NOT_IN_FORCE, Presence.span(from, until, 2001));
        assertEquals(IN_FORCE, Presence.span(from, until, 2023));
        assertEquals(NOT_IN_FORCE, Presence.span(from, until, 2024));
        assertEquals(IN_FORCE, Presence.span(from, null, 2050), "no end: still in force");
        assertEquals(UNCERTAIN, Presence.span(null, null, 2050), "no start date: possible");
    }

    @Test
    void anEndKnownOnlyApproximatelyLeavesTheYearsAroundItUncertain() {
        Dating from = d(2002, Dating.Qualifier.EXACT);
        assertEquals(IN_FORCE, Presence.span(from, d(2015, Dating.Qualifier.CIRCA), 2013));
        assertEquals(UNCERTAIN, Presence.span(from, d(2015, Dating.Qualifier.CIRCA), 2014));
        assertEquals(NOT_IN_FORCE, Presence.span(from, d(2015, Dating.Qualifier.CIRCA), 2016));
        assertEquals(UNCERTAIN, Presence.span(from, d(2015, Dating.Qualifier.BY), 2010), "ended by 2015: maybe before");
    }
}
