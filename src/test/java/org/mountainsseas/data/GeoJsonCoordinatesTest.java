package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mountainsseas.model.Boundary;

/**
 * Every way a {@code coordinates} value can be wrong gives the same plain problem, whatever shape
 * the wrong value has (the reader keeps plain number arrays compact, so mixed arrays take another
 * path), and the good shapes read to the same numbers.
 */
class GeoJsonCoordinatesTest {
    private static final String SQUARE = "[[120,29],[121,29],[121,30],[120,30],[120,29]]";

    private static LoadResult<List<Boundary>> parse(String geometry) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"adcode\":\"330101\",\"name\":\"甲\"},\"geometry\":" + geometry + "}]}";
        return GeoJsonReader.parseCounties("test.geojson", json.getBytes(StandardCharsets.UTF_8));
    }

    private static String problem(String geometry) {
        var r = parse(geometry);
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        assertTrue(r.value().isEmpty());
        return r.problems().get(0).message();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            5                                                  | expected an array
            null                                               | expected an array
            "ring"                                             | expected an array
            {}                                                 | expected an array
            []                                                 | a polygon has no rings
            [1, 2]                                             | expected nested arrays
            [[1, 2], 3]                                        | a ring or line has 2 positions (needs at least 4)
            [[[120,29],[121,29],[121,30],[120,29]], 5]         | expected nested arrays
            [[]]                                               | a ring or line has 0 positions (needs at least 4)
            [[[120,29],[121,29],[120,29]]]                     | a ring or line has 3 positions (needs at least 4)
            [[1, 2, 3, 4]]                                     | a position is not [lon, lat]
            [[[120,29],[121],[121,30],[120,29]]]               | a position is not [lon, lat]
            [[[120,29],null,[121,30],[120,29]]]                | a position is not [lon, lat]
            [[[120,29],{},[121,30],[120,29]]]                  | a position is not [lon, lat]
            [[[120,29],[121,"29"],[121,30],[120,29]]]          | a coordinate is not a number
            [[[120,29],["121",29],[121,30],[120,29]]]          | a coordinate is not a number
            [[[120,29],[[121],29],[121,30],[120,29]]]          | a coordinate is not a number
            [[[120,29],[121,true],[121,30],[120,29]]]          | a coordinate is not a number
            [[[120,29],[121,1e999],[121,30],[120,29]]]         | a coordinate is not finite
            [[[120,29],[121,-1e999],[121,30],[120,29]]]        | a coordinate is not finite
            [[[120,29],[121,29],[121,30],[120,30],[120,28]]]   | a ring is not closed (its last position must equal its first)
            [[[29,120],[29,121],[30,121],[30,120],[29,120]]]   | position [29.0, 120.0] is outside eastern China (latitude and longitude look swapped: GeoJSON is [lon, lat])
            """)
    void aPolygonsBadCoordinatesAreNamed(String coordinates, String message) {
        assertEquals(message, problem("{\"type\":\"Polygon\",\"coordinates\":" + coordinates + "}"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            [5]                                                | expected nested arrays
            [[5]]                                              | expected nested arrays
            [[[1, 2, 3, 4]]]                                   | a position is not [lon, lat]
            [[[[120,29],[121,"x"],[121,30],[120,29]]]]         | a coordinate is not a number
            """)
    void aMultiPolygonsBadCoordinatesAreNamed(String coordinates, String message) {
        assertEquals(message, problem("{\"type\":\"MultiPolygon\",\"coordinates\":" + coordinates + "}"));
    }

    @Test
    void theCoordinatesKeyMayComeBeforeTheType() {
        var r = parse("{\"coordinates\":[" + SQUARE + "],\"type\":\"Polygon\"}");
        assertTrue(r.clean(), r.problems().toString());
        assertArrayEquals(new double[] {120, 29, 121, 29, 121, 30, 120, 30, 120, 29}, r.value().get(0).polygons().get(0).get(0));
    }

    @Test
    void extraNumbersOrValuesAfterLonLatAreIgnored() {
        var r = parse("{\"type\":\"Polygon\",\"coordinates\":[[[120,29,5],[121,29,\"x\"],[121,30],[120,30,null],[120,29]]]}");
        assertTrue(r.clean(), r.problems().toString());
        assertArrayEquals(new double[] {120, 29, 121, 29, 121, 30, 120, 30, 120, 29}, r.value().get(0).polygons().get(0).get(0));
    }

    @Test
    void numbersReadExactlyAsWritten() {
        var r = parse("{\"type\":\"Polygon\",\"coordinates\":[[[120.123456789012345,29.5e0],[121,29.5],[121,3.0E1],[120.123456789012345,29.5]]]}");
        assertTrue(r.clean(), r.problems().toString());
        assertArrayEquals(new double[] {120.123456789012345, 29.5, 121, 29.5, 121, 30, 120.123456789012345, 29.5},
                r.value().get(0).polygons().get(0).get(0));
    }

    @Test
    void aSecondCoordinatesKeyIsRefused() {
        assertEquals("the key \"coordinates\" appears twice in one object",
                problem("{\"type\":\"Polygon\",\"coordinates\":[" + SQUARE + "],\"coordinates\":[" + SQUARE + "]}"));
    }

    @Test
    void coordinatesNestedPastTheCapAreRefused() {
        String deep = "[".repeat(40) + "]".repeat(40);
        assertEquals("over the nesting depth cap of 32 levels (found 33 levels)",
                problem("{\"type\":\"Polygon\",\"coordinates\":" + deep + "}"));
    }

    @Test
    void aTooLongCoordinateArrayIsRefused() {
        StringBuilder ring = new StringBuilder("[[[120,29]");
        ring.append(",[121,29]".repeat((int) Cap.ARRAY_LENGTH.limit()));
        ring.append("]]");
        assertTrue(problem("{\"type\":\"Polygon\",\"coordinates\":" + ring + "}").startsWith("over the array length cap"));
    }

    @Test
    void theMaritimeLinesOfTheContextLayerKeepTheirNumbers() {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"name\":\"线\","
                + "\"kind\":\"maritime-boundary\"},\"geometry\":{\"type\":\"MultiLineString\",\"coordinates\":[[[122,28],[123,27.5]]]}}]}";
        var r = GeoJsonReader.parse("n.geojson", json.getBytes(StandardCharsets.UTF_8), false);
        assertTrue(r.clean(), r.problems().toString());
        assertArrayEquals(new double[] {122, 28, 123, 27.5}, r.value().get(0).lines().get(0));
    }
}
