package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GeometryTest {

    @Test
    void webMercatorRoundTrips() {
        for (double lat = 25; lat <= 32; lat += 0.7) {
            for (double lon = 117; lon <= 124; lon += 0.9) {
                assertEquals(lat, WebMercator.lat(WebMercator.y(lat)), 1e-9);
                assertEquals(lon, WebMercator.lon(WebMercator.x(lon)), 1e-9);
            }
        }
        assertEquals(128, WebMercator.x(0), 1e-12);
        assertEquals(128, WebMercator.y(0), 1e-12);
    }

    @Test
    void fannedArcsBendDifferently() {
        assertEquals(0.22, ArcGeometry.fanBend(0, 1), 1e-12);
        double a = ArcGeometry.fanBend(0, 3), b = ArcGeometry.fanBend(1, 3), c = ArcGeometry.fanBend(2, 3);
        assertTrue(a < b && b < c);
        assertEquals(0.22, b, 1e-12);
    }

    @Test
    void theControlPointLiesToTheLeftOfTravel() {
        double[] c = ArcGeometry.control(0, 0, 100, 0, 0.25);
        assertEquals(50, c[0], 1e-12);
        assertEquals(-25, c[1], 1e-12);
        double[] mid = ArcGeometry.point(0, 0, c[0], c[1], 100, 0, 0.5);
        assertEquals(-12.5, mid[1], 1e-12);
        double[] start = ArcGeometry.point(0, 0, c[0], c[1], 100, 0, 0);
        assertEquals(0, start[0], 1e-12);
    }

    @Test
    void placedLabelsNeverOverlap() {
        Random random = new Random(7);
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            candidates.add(new LabelPlacer.Candidate("c" + i, random.nextDouble() * 800, random.nextDouble() * 600,
                    30 + random.nextDouble() * 40, 14));
        }
        List<LabelPlacer.Candidate> placed = LabelPlacer.place(candidates, 2);
        assertNotEquals(candidates.size(), placed.size(), "some labels must be thinned");
        assertEquals(candidates.get(0), placed.get(0), "the first candidate always fits");
        for (int i = 0; i < placed.size(); i++) {
            for (int j = i + 1; j < placed.size(); j++) {
                var p = placed.get(i);
                var q = placed.get(j);
                boolean overlap = Math.abs(p.x() - q.x()) * 2 < p.width() + q.width()
                        && Math.abs(p.y() - q.y()) * 2 < p.height() + q.height();
                assertTrue(!overlap, p + " overlaps " + q);
            }
        }
    }

    @Test
    void aSideIsStraddlingOnlyWhenItIsReallySplit() {
        assertEquals(org.mountainsseas.model.LineSide.Side.SOUTH_WEST, org.mountainsseas.model.LineSide.ofShare(0.995).side());
        assertEquals(org.mountainsseas.model.LineSide.Side.NORTH_EAST, org.mountainsseas.model.LineSide.ofShare(0.004).side());
        assertEquals(org.mountainsseas.model.LineSide.Side.STRADDLES, org.mountainsseas.model.LineSide.ofShare(0.5).side());
    }
}
