package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SegmentSetTest {
    private record Segment(double ax, double ay, double bx, double by) {
    }

    @Test
    void itAgreesWithAHashSetOfSegmentsWhileGrowingFarPastItsFirstSize() {
        Random r = new Random(11);
        SegmentSet set = new SegmentSet(4);
        Set<Segment> reference = new HashSet<>();
        // few distinct values, so many segments repeat
        double[] values = {0, -0.0, 1, 1.5, 2, 120.25, 30.125, -7};
        for (int i = 0; i < 50_000; i++) {
            double ax = values[r.nextInt(values.length)], ay = values[r.nextInt(values.length)];
            double bx = r.nextInt(10) == 0 ? ax : r.nextDouble(), by = values[r.nextInt(values.length)];
            // the set takes either direction; the reference is given the ends in order
            double[] a = r.nextBoolean() ? new double[] {ax, ay, bx, by} : new double[] {9, 9, bx, by, ax, ay};
            int at = a.length - 4;
            boolean forward = a[at] < a[at + 2] || a[at] == a[at + 2] && a[at + 1] <= a[at + 3];
            Segment ordered = forward ? new Segment(a[at], a[at + 1], a[at + 2], a[at + 3])
                    : new Segment(a[at + 2], a[at + 3], a[at], a[at + 1]);
            assertEquals(reference.add(ordered), set.add(a, at), "segment " + i);
        }
        assertEquals(reference.size(), set.size());
    }

    @Test
    void zeroAndNegativeZeroAreDifferentCoordinatesAsInARecord() {
        SegmentSet set = new SegmentSet(16);
        assertEquals(true, set.add(new double[] {0, 0, 1, 1}, 0));
        assertEquals(true, set.add(new double[] {-0.0, 0, 1, 1}, 0));
        assertEquals(false, set.add(new double[] {1, 1, 0, 0}, 0), "the same segment the other way round");
        assertEquals(false, List.of(new Segment(0, 0, 1, 1)).contains(new Segment(-0.0, 0, 1, 1)));
    }
}
