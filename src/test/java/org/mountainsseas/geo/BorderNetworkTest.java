package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.GeoJsonReader;

class BorderNetworkTest {
    private static final GeometryFactory F = new GeometryFactory();

    private static Shape square(String id, double x, double y) {
        double[] ring = {x, y, x + 1, y, x + 1, y + 1, x, y + 1, x, y};
        Coordinate[] c = new Coordinate[5];
        for (int i = 0; i < 5; i++) {
            c[i] = new Coordinate(ring[2 * i], ring[2 * i + 1]);
        }
        return new Shape(id, List.of(ring), F.createPolygon(c));
    }

    private static int segments(List<BorderNetwork.Line> lines) {
        return lines.stream().mapToInt(l -> l.points().length / 2 - 1).sum();
    }

    @Test
    void twoSquaresSideBySideShareOneEdgeDrawnOnce() {
        List<BorderNetwork.Line> lines = BorderNetwork.of(List.of(square("a", 0, 0), square("b", 1, 0)));
        assertEquals(7, segments(lines), "4 + 4 edges, the shared one once");
        BorderNetwork.Line second = lines.get(lines.size() - 1);
        assertEquals(new Bounds(1, 0, 2, 1), second.bounds(), "the second square's three new edges");
        assertEquals(3, second.points().length / 2 - 1);
    }

    @Test
    void eachBorderKnowsWhatItDividesAndHowFarApartItsNeighboursAre() {
        // two counties of province 11, then one of province 12, in a row; the middle one twice as wide
        Shape a = square("110101", 0, 0);
        double[] wide = {1, 0, 3, 0, 3, 1, 1, 1, 1, 0};
        Coordinate[] c = new Coordinate[5];
        for (int i = 0; i < 5; i++) {
            c[i] = new Coordinate(wide[2 * i], wide[2 * i + 1]);
        }
        Shape b = new Shape("110102", List.of(wide), F.createPolygon(c));
        Shape d = square("120101", 3, 0);
        List<BorderNetwork.Line> lines = BorderNetwork.of(List.of(a, b, d));
        assertEquals(10, segments(lines), "4 + 4 + 4 edges, the two shared ones once");
        for (BorderNetwork.Line line : lines) {
            double x = line.bounds().minX();
            if (line.bounds().width() == 0 && x == 1) {
                assertEquals(BorderNetwork.Kind.INNER, line.kind(), "between two counties of province 11");
                assertEquals(1, line.span(), 1e-12, "the smaller of the two is 1 across");
            } else if (line.bounds().width() == 0 && x == 3) {
                assertEquals(BorderNetwork.Kind.GROUP, line.kind(), "between provinces 11 and 12");
            } else {
                assertEquals(BorderNetwork.Kind.EDGE, line.kind(), "the outside of the row: " + line.bounds());
            }
        }
        assertEquals(Math.sqrt(2), lines.stream().filter(l -> l.kind() == BorderNetwork.Kind.EDGE && l.bounds().minX() >= 1
                && l.bounds().maxX() <= 3).findFirst().orElseThrow().span(), 1e-12, "the wide county's own edge: its size");
    }

    @Test
    void theBundledCountiesKeepEveryBorderSegmentExactlyOnce() {
        Atlas atlas = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        Set<List<Double>> unique = new HashSet<>();
        int all = 0;
        for (Shape s : atlas.counties()) {
            for (double[] r : s.rings()) {
                for (int i = 0; i + 3 < r.length; i += 2) {
                    all++;
                    boolean forward = r[i] < r[i + 2] || r[i] == r[i + 2] && r[i + 1] <= r[i + 3];
                    unique.add(forward ? List.of(r[i], r[i + 1], r[i + 2], r[i + 3]) : List.of(r[i + 2], r[i + 3], r[i], r[i + 1]));
                }
            }
        }
        int drawn = segments(atlas.countyBorders());
        assertEquals(unique.size(), drawn, "each distinct segment once");
        assertTrue(drawn < 0.6 * all, "neighbours share most borders: " + drawn + " of " + all + " segments drawn");
    }
}
