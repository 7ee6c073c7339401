package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineLabelTest {
    // a line from the north-west down to the south-east, as the Qingda Line runs
    private static final double X1 = 100, Y1 = 100, X2 = 500, Y2 = 700;

    @Test
    void everyCandidateIsBesideTheLineAndReadsAlongIt() {
        List<LineLabel.Placement> all = LineLabel.candidates(X1, Y1, X2, Y2, 120, 20, 8);
        assertEquals(2 * LineLabel.ALONG.length, all.size());
        for (LineLabel.Placement p : all) {
            assertEquals(8, p.clearanceFrom(X1, Y1, X2, Y2), 1e-6, "the near edge 8 px off the line");
            assertEquals(Math.toDegrees(Math.atan2(600, 400)), p.angle(), 1e-9);
        }
        LineLabel.Placement first = all.get(0);
        assertTrue(first.x() > X1 + (X2 - X1) * 0.17, "first on the north-east side");
    }

    @Test
    void choosesThePlaceThatHidesTheLeastAndNeverOneOutsideTheView() {
        List<LineLabel.Placement> all = LineLabel.candidates(X1, Y1, X2, Y2, 120, 20, 8);
        LineLabel.Placement preferred = all.get(0);
        LabelPlacer.Candidate onIt = new LabelPlacer.Candidate("a", preferred.x(), preferred.y(), 40, 15);
        assertTrue(preferred.overlaps(onIt, 0));
        LineLabel.Placement chosen = LineLabel.choose(all, List.of(onIt), 1000, 1000, 2, i -> 1);
        assertNotNull(chosen);
        assertFalse(chosen.overlaps(onIt, 2), "moved off the label");
        assertEquals(all.get(1), chosen, "to the next preferred place");
        assertNull(LineLabel.choose(all, List.of(), 50, 50, 2, i -> 1), "no place inside a tiny view");
    }

    @Test
    void aRotatedBoxOverlapsOnlyWhatItReallyTouches() {
        LineLabel.Placement diagonal = new LineLabel.Placement(0, 0, 45, 100, 10);
        assertTrue(diagonal.overlaps(new LabelPlacer.Candidate("on", 30, 30, 10, 10), 0));
        // inside the diagonal box's upright bounding box, but clear of the box itself
        assertFalse(diagonal.overlaps(new LabelPlacer.Candidate("corner", 30, -30, 10, 10), 0));
    }

    @Test
    void anImportantLabelThatDoesNotFitMovesALineDownOrUp() {
        LabelPlacer.Candidate taken = new LabelPlacer.Candidate("endpoint", 100, 100, 80, 16);
        LabelPlacer.Candidate county = new LabelPlacer.Candidate("330112", 100, 104, 40, 15);
        assertEquals(List.of(taken), LabelPlacer.place(List.of(taken, county), 2), "left out by default");
        List<LabelPlacer.Candidate> kept = LabelPlacer.place(List.of(taken, county), 2, "330112"::equals, c -> false);
        assertEquals(2, kept.size());
        assertEquals(104 + 17, kept.get(1).y(), 1e-9, "a line lower");
    }

    @Test
    void aBoxFarFromALabelIsToldApartWithoutItsCornersAndTheAnswerIsTheSame() {
        java.util.Random r = new java.util.Random(7);
        int apart = 0;
        for (int i = 0; i < 20_000; i++) {
            LineLabel.Placement p = new LineLabel.Placement(r.nextDouble() * 400, r.nextDouble() * 300, r.nextDouble() * 180 - 90,
                    20 + r.nextDouble() * 120, 8 + r.nextDouble() * 20);
            LabelPlacer.Candidate c = new LabelPlacer.Candidate("c", r.nextDouble() * 400, r.nextDouble() * 300,
                    10 + r.nextDouble() * 80, 8 + r.nextDouble() * 16);
            double gap = r.nextDouble() * 4;
            assertEquals(p.overlapsBySeparatingAxes(c, gap), p.overlaps(c, gap), p + " against " + c);
            if (p.clearlyApart(c, gap)) {
                apart++;
            }
        }
        assertTrue(apart > 10_000, "most pairs are told apart early: " + apart);
    }
}
