package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKBReader;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.testing.Fixtures;

class GisExportTest {
    private static World world;
    private static List<GisLayers.Layer> layers;

    @BeforeAll
    static void load() {
        world = WorldLoader.load(Fixtures.tiny());
        layers = GisLayers.of(world.dataset(), world.atlas(), world.sides());
    }

    @Test
    void theGeoPackageHasTheRequiredTablesAndEveryFeature(@TempDir Path dir) throws Exception {
        List<Path> files = GisExport.write(layers, dir, Progress.NONE);
        Path gpkg = dir.resolve(GisExport.GEOPACKAGE);
        assertTrue(files.contains(gpkg));
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg); Statement s = db.createStatement()) {
            assertEquals(0x47504B47, one(s, "PRAGMA application_id"), "application_id 'GPKG'");
            assertEquals(10300, one(s, "PRAGMA user_version"));
            assertEquals(List.of("-1", "0", "4326"), column(s, "SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY srs_id"));
            assertEquals(List.of("EPSG"), column(s, "SELECT organization FROM gpkg_spatial_ref_sys WHERE srs_id = 4326"));
            assertEquals(List.of("counties|features|4326", "enclaves|features|4326", "pairings|features|4326"),
                    column(s, "SELECT table_name || '|' || data_type || '|' || srs_id FROM gpkg_contents ORDER BY table_name"));
            assertEquals(List.of("counties|geom|MULTIPOLYGON", "enclaves|geom|POINT", "pairings|geom|LINESTRING"),
                    column(s, "SELECT table_name || '|' || column_name || '|' || geometry_type_name FROM gpkg_geometry_columns ORDER BY table_name"));
            assertEquals(world.dataset().counties().size(), one(s, "SELECT count(*) FROM counties"));
            assertEquals(world.dataset().pairings().size(), one(s, "SELECT count(*) FROM pairings"));
            assertEquals(world.dataset().enclaves().size(), one(s, "SELECT count(*) FROM enclaves"));
            String adcode = world.dataset().counties().get(0).adcode();
            try (ResultSet r = s.executeQuery("SELECT geom, name_zh, class FROM counties WHERE adcode = '" + adcode + "'")) {
                assertTrue(r.next());
                assertEquals(world.dataset().counties().get(0).name().zh(), r.getString(2));
                assertEquals(GisLayers.code(world.dataset().classOf(adcode)), r.getString(3));
                Geometry g = readGeoPackageBinary(r.getBytes(1));
                Geometry expected = layers.get(0).features().get(0).geometry();
                assertTrue(expected.equalsExact(g), "the WKB reads back as the same multipolygon");
                assertOuterRingsCounterClockwise(g);
            }
        }
    }

    /** Checks the GP header (magic, version, flags, SRS id, envelope) and returns the geometry after it. */
    private static Geometry readGeoPackageBinary(byte[] blob) throws Exception {
        ByteBuffer b = ByteBuffer.wrap(blob).order(ByteOrder.LITTLE_ENDIAN);
        assertArrayEquals("GP".getBytes(StandardCharsets.US_ASCII), new byte[] {b.get(), b.get()});
        assertEquals(0, b.get(), "version 1 is stored as 0");
        assertEquals(0b11, b.get(), "little-endian with a [minx, maxx, miny, maxy] envelope");
        assertEquals(4326, b.getInt());
        double minX = b.getDouble(), maxX = b.getDouble(), minY = b.getDouble(), maxY = b.getDouble();
        byte[] wkb = new byte[blob.length - 40];
        b.get(wkb);
        Geometry g = new WKBReader().read(wkb);
        assertEquals(g.getEnvelopeInternal().getMinX(), minX);
        assertEquals(g.getEnvelopeInternal().getMaxX(), maxX);
        assertEquals(g.getEnvelopeInternal().getMinY(), minY);
        assertEquals(g.getEnvelopeInternal().getMaxY(), maxY);
        assertTrue(minX > 117 && maxX < 124 && minY > 26 && maxY < 32, "lon/lat degrees in Zhejiang, not world pixels");
        return g;
    }

    private static void assertOuterRingsCounterClockwise(Geometry g) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            assertTrue(Orientation.isCCW(p.getExteriorRing().getCoordinates()), "RFC 7946: exterior rings counter-clockwise");
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                assertFalse(Orientation.isCCW(p.getInteriorRingN(h).getCoordinates()), "holes clockwise");
            }
        }
    }

    @Test
    void eachGeoJsonFileIsAFeatureCollectionInLonLatWithRightHandWinding(@TempDir Path dir) throws Exception {
        GisExport.write(layers, dir, Progress.NONE);
        Map<String, Integer> counts = new TreeMap<>();
        for (String name : List.of("counties", "pairings", "enclaves")) {
            JsonObject fc = JsonParser.parseString(Files.readString(dir.resolve(name + ".geojson"))).getAsJsonObject();
            assertEquals("FeatureCollection", fc.get("type").getAsString());
            assertFalse(fc.has("crs"), "RFC 7946 has no crs member: WGS 84 is implied");
            counts.put(name, fc.getAsJsonArray("features").size());
        }
        assertEquals(Map.of("counties", world.dataset().counties().size(), "pairings", world.dataset().pairings().size(),
                "enclaves", world.dataset().enclaves().size()), counts);
        JsonObject first = JsonParser.parseString(Files.readString(dir.resolve("counties.geojson"))).getAsJsonObject()
                .getAsJsonArray("features").get(0).getAsJsonObject();
        assertEquals("MultiPolygon", first.getAsJsonObject("geometry").get("type").getAsString());
        JsonArray ring = first.getAsJsonObject("geometry").getAsJsonArray("coordinates").get(0).getAsJsonArray().get(0).getAsJsonArray();
        List<Coordinate> cs = new ArrayList<>();
        ring.forEach(p -> cs.add(new Coordinate(p.getAsJsonArray().get(0).getAsDouble(), p.getAsJsonArray().get(1).getAsDouble())));
        assertTrue(Orientation.isCCW(cs.toArray(new Coordinate[0])), "exterior ring counter-clockwise");
        assertTrue(cs.get(0).x > 117 && cs.get(0).x < 124 && cs.get(0).y > 26 && cs.get(0).y < 32, "lon, lat order: " + cs.get(0));
    }

    @Test
    void aPairingRunsFromTheMountainCountyToItsPartner() {
        GisLayers.Layer pairings = layers.get(1);
        GisLayers.Feature f = pairings.features().get(0);
        assertNotNull(f.geometry());
        var p = world.dataset().pairings().get(0);
        int mountain = pairings.fields().indexOf(new GisLayers.Field("mountain", GisLayers.Type.TEXT));
        assertEquals(p.mountain(), f.values().get(mountain));
        Coordinate start = f.geometry().getCoordinates()[0];
        var shape = world.atlas().county(p.mountain());
        assertTrue(shape.contains(org.mountainsseas.geo.WebMercator.x(start.x), org.mountainsseas.geo.WebMercator.y(start.y)),
                "the line starts inside the mountain county");
    }

    private static int one(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getInt(1);
        }
    }

    private static List<String> column(Statement s, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                out.add(r.getString(1));
            }
        }
        return out;
    }
}
