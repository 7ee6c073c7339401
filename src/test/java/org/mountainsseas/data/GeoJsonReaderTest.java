package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.LoadProblem;

class GeoJsonReaderTest {

    private static LoadResult<List<Boundary>> parse(String geometry) {
        String json = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                + "\"properties\":{\"adcode\":\"330101\",\"name\":\"甲\"},\"geometry\":" + geometry + "}]}";
        return GeoJsonReader.parseCounties("test.geojson", json.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadProblem only(LoadResult<?> r) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        return r.problems().get(0);
    }

    @Test
    void aValidSquareIsRead() {
        var r = parse("{\"type\":\"Polygon\",\"coordinates\":[[[120,29],[121,29],[121,30],[120,30],[120,29]]]}");
        assertTrue(r.clean(), r.problems().toString());
        assertEquals(5, r.value().get(0).vertexCount());
    }

    @Test
    void anUnclosedRingIsRefused() {
        var p = only(parse("{\"type\":\"Polygon\",\"coordinates\":[[[120,29],[121,29],[121,30],[120,30]]]}"));
        assertEquals("330101", p.item());
        assertTrue(p.message().contains("not closed"), p.message());
    }

    @Test
    void aSelfIntersectionIsRefused() {
        var p = only(parse("{\"type\":\"Polygon\",\"coordinates\":[[[120,29],[121,30],[121,29],[120,30],[120,29]]]}"));
        assertTrue(p.message().contains("invalid polygon"), p.message());
    }

    @Test
    void aWrongGeometryTypeIsRefused() {
        var p = only(parse("{\"type\":\"Point\",\"coordinates\":[120,29]}"));
        assertEquals("geometry.type", p.field());
    }

    @Test
    void swappedCoordinatesAreNamedAsSuch() {
        var p = only(parse("{\"type\":\"Polygon\",\"coordinates\":[[[29,120],[29,121],[30,121],[30,120],[29,120]]]}"));
        assertTrue(p.message().contains("swapped"), p.message());
    }

    @Test
    void jsonThatIsNotGeoJsonIsRefused() {
        var r = GeoJsonReader.parseCounties("x.geojson", "{\"hello\": 1}".getBytes(StandardCharsets.UTF_8));
        assertTrue(only(r).message().contains("FeatureCollection"));
    }

    @Test
    void aTruncatedFileIsRefused() {
        var r = GeoJsonReader.parseCounties("x.geojson", "{\"type\":\"FeatureCollection\",\"features\":[".getBytes(StandardCharsets.UTF_8));
        assertTrue(only(r).message().contains("not valid JSON"));
    }

    @Test
    void anEmptyFileIsRefused() {
        var r = GeoJsonReader.parseCounties("x.geojson", new byte[0]);
        assertTrue(only(r).message().contains("empty"));
    }

    private static final String BEIJING = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
            + "\"properties\":{\"adcode\":\"110101\",\"name\":\"东城区\"},\"geometry\":{\"type\":\"Polygon\","
            + "\"coordinates\":[[[116.3,39.9],[116.4,39.9],[116.4,40.0],[116.3,40.0],[116.3,39.9]]]}}]}";

    @Test
    void theZhejiangLayerRefusesACountyFromElsewhere() {
        var r = GeoJsonReader.parseCounties("x.geojson", BEIJING.getBytes(StandardCharsets.UTF_8));
        assertTrue(only(r).message().contains("not a Zhejiang adcode"));
    }

    @Test
    void theChinaStressLayerAcceptsAnyCountyInChinaButStillValidates(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        java.nio.file.Files.writeString(dir.resolve("c.geojson"), BEIJING.replace("[116.4,40.0],", "[116.4,40.0],[116.35,39.8],"));
        java.nio.file.Files.writeString(dir.resolve("ok.geojson"), BEIJING);
        var ok = GeoJsonReader.readCounties(DataLocation.folder(dir), "ok.geojson", GeoJsonReader.Extent.CHINA);
        assertTrue(ok.clean(), ok.problems().toString());
        assertEquals("110101", ok.value().get(0).id());
        var bad = GeoJsonReader.readCounties(DataLocation.folder(dir), "c.geojson", GeoJsonReader.Extent.CHINA);
        assertTrue(only(bad).message().contains("invalid polygon"), only(bad).message());
    }
}
