package org.mountainsseas.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BandsTest {
    @Test
    void twoBandsSplitAFullHdFrameAtItsMiddleRow() {
        assertEquals(List.of(new Bands.Band(0, 540), new Bands.Band(540, 1080)), Bands.split(1080, 2));
    }

    @Test
    void bandsCoverEveryRowOnceAndDifferByAtMostOneRow() {
        for (int height : new int[] {0, 1, 7, 1079, 1080}) {
            for (int n = 1; n <= 8; n++) {
                List<Bands.Band> bands = Bands.split(height, n);
                assertEquals(n, bands.size());
                int next = 0, min = Integer.MAX_VALUE, max = 0;
                for (Bands.Band b : bands) {
                    assertEquals(next, b.top(), "band starts where the one above ends");
                    next = b.bottom();
                    min = Math.min(min, b.height());
                    max = Math.max(max, b.height());
                }
                assertEquals(height, next, "the last band ends at the bottom row");
                assertEquals(true, max - min <= 1, height + " rows in " + n + " bands: " + bands);
            }
        }
    }

    @Test
    void refusesNoBands() {
        assertThrows(IllegalArgumentException.class, () -> Bands.split(1080, 0));
    }
}
