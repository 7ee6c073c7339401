package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;

class TourDraftTest {
    private static Tour.Step step(String id) {
        return new Tour.Step(id, Text.same(id), Text.same("Caption " + id), Tour.Camera.home(), Tour.Highlight.NONE,
                List.of("seed000"), null, List.of());
    }

    private static Tour tour() {
        return new Tour("t.json", Text.same("T"), List.of(
                new Tour.Chapter(Text.same("A"), List.of(step("a1"), step("a2"))),
                new Tour.Chapter(Text.same("B"), List.of(step("b1"), step("b2")))));
    }

    private static String shape(TourDraft d) {
        StringBuilder out = new StringBuilder();
        for (Tour.Chapter c : d.toTour().chapters()) {
            out.append(c.title().en()).append(c.steps().stream().map(Tour.Step::id).toList());
        }
        return out.toString();
    }

    @Test
    void anUnchangedDraftIsTheSameTour() {
        assertEquals(tour(), new TourDraft("t", tour()).toTour());
    }

    @Test
    void aStepMovedPastAChapterEdgeJoinsTheChapterItPassed() {
        TourDraft d = new TourDraft("t", tour());
        d.moveTo(2, 1);
        assertEquals("A[a1, b1, a2]B[b2]", shape(d));
        d.moveTo(1, 3);
        assertEquals("A[a1, a2]B[b2, b1]", shape(d));
        d.moveTo(0, 0);
        assertFalse(d.moveTo(0, 0), "nothing to move");
        d.moveTo(3, 0);
        assertEquals("A[b1, a1, a2]B[b2]", shape(d), "to the top: the chapter of the step after it");
    }

    @Test
    void anAddedStepJoinsTheChapterBeforeItAndAnEmptyDraftStartsOne() {
        TourDraft empty = new TourDraft("new", Text.same("New"));
        assertNull(empty.toTour(), "no file for a tour without a step");
        empty.add(0, step(empty.freeId()));
        assertEquals("New[step-1]", shape(empty));
        TourDraft d = new TourDraft("t", tour());
        d.add(2, step("x"));
        assertEquals("A[a1, a2, x]B[b1, b2]", shape(d));
        assertEquals("step-6", d.freeId());
    }
}
