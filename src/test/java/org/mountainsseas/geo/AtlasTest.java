package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.LineSide;

class AtlasTest {
    private static Atlas atlas;

    @BeforeAll
    static void load() {
        List<Boundary> counties = GeoJsonReader.readCounties(DataLocation.bundled()).value();
        List<Boundary> neighbours = GeoJsonReader.readNeighbours(DataLocation.bundled()).value();
        atlas = Atlas.build(counties, neighbours);
    }

    private static String pick(double lat, double lon) {
        return atlas.pick(WebMercator.x(lon), WebMercator.y(lat));
    }

    @Test
    void knownPlacesPickTheirCounty() {
        assertEquals("330106", pick(30.2400, 120.1400), "West Lake is in 西湖区");
        assertEquals("331181", pick(28.0800, 119.1400), "Longquan city centre");
        assertEquals("330902", pick(30.0200, 122.1000), "Dinghai on Zhoushan island");
        assertEquals("330127", pick(29.6050, 119.0400), "Qiandao Lake town in 淳安");
    }

    @Test
    void theSeaAndOtherProvincesPickNothing() {
        assertNull(pick(29.0, 123.5), "East China Sea");
        assertNull(pick(31.23, 121.47), "Shanghai");
    }

    @Test
    void everyLabelPointIsInsideItsCounty() {
        int n = 0;
        for (Shape s : atlas.counties()) {
            assertTrue(s.contains(s.labelX(), s.labelY()), s.id());
            assertEquals(s.id(), atlas.pick(s.labelX(), s.labelY()), "label point picks its own county " + s.id());
            n++;
        }
        assertEquals(90, n);
    }

    @Test
    void nearListsTheCountiesAroundAPointNearestFirst() {
        double x = WebMercator.x(120.16), y = WebMercator.y(30.27);
        List<String> near = atlas.near(x, y, 0.02);
        assertTrue(near.size() >= 3, near.toString());
        assertEquals(atlas.pick(x, y), near.get(0));
    }

    @Test
    void cityOutlinesUniteTheirCounties() {
        Map<String, List<double[]>> outlines = atlas.groupOutlines(Map.of("330102", "hz", "330105", "hz", "331181", "ls"));
        assertEquals(2, outlines.size());
        assertTrue(outlines.get("hz").size() >= 1);
    }

    @Test
    void countiesFallOnTheExpectedSideOfTheQingdaLine() {
        QingdaSides sides = new QingdaSides(30.1322, 119.0314, 27.43306, 120.60944);
        Map<String, LineSide> all = sides.sidesOf(atlas);
        assertEquals(LineSide.Side.SOUTH_WEST, all.get("331181").side(), "龙泉 (Lishui)");
        assertEquals(LineSide.Side.SOUTH_WEST, all.get("330824").side(), "开化 (Quzhou)");
        assertEquals(LineSide.Side.NORTH_EAST, all.get("330402").side(), "南湖 (Jiaxing)");
        assertEquals(LineSide.Side.NORTH_EAST, all.get("330212").side(), "鄞州 (Ningbo)");
        assertEquals(LineSide.Side.STRADDLES, all.get("330182").side(), "建德 is crossed by the line");
        assertEquals(LineSide.Side.STRADDLES, all.get("330327").side(), "苍南 is crossed by the line");
        double share = all.get("330182").southWestShare();
        assertTrue(share > 0.05 && share < 0.95, "建德 share " + share);
    }

    private static double twiceArea(double[] r) {
        double a = 0;
        for (int i = 0; i + 3 < r.length; i += 2) {
            a += r[i] * r[i + 3] - r[i + 2] * r[i + 1];
        }
        return a;
    }

    @Test
    void shellsAndHolesAreWoundOppositeWaysWhateverTheFileSaid() {
        double[] square = {120, 29, 121, 29, 121, 30, 120, 30, 120, 29};
        double[] hole = {120.2, 29.2, 120.8, 29.2, 120.8, 29.8, 120.2, 29.8, 120.2, 29.2};
        double[] squareBack = {120, 29, 120, 30, 121, 30, 121, 29, 120, 29};
        double[] holeBack = {120.2, 29.2, 120.2, 29.8, 120.8, 29.8, 120.8, 29.2, 120.2, 29.2};
        var same = new Boundary("330101", new org.mountainsseas.model.Text("甲", "A"), Boundary.Kind.COUNTY,
                List.of(List.of(square, hole)), List.of());
        var back = new Boundary("330102", new org.mountainsseas.model.Text("乙", "B"), Boundary.Kind.COUNTY,
                List.of(List.of(squareBack, holeBack)), List.of());
        Atlas a = Atlas.build(List.of(same, back), List.of());
        for (String id : List.of("330101", "330102")) {
            List<double[]> rings = a.county(id).rings();
            assertTrue(twiceArea(rings.get(0)) > 0, id + ": the shell");
            assertTrue(twiceArea(rings.get(1)) < 0, id + ": the hole");
        }
        assertTrue(atlas.county("331181").rings().stream().limit(1).allMatch(r -> twiceArea(r) > 0), "a bundled county's shell");
    }
}
