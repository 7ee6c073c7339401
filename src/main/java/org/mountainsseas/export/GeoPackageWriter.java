package org.mountainsseas.export;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes {@link GisLayers} as one OGC GeoPackage 1.3 file (an SQLite database) that QGIS, ArcGIS
 * and GDAL open: the required tables {@code gpkg_spatial_ref_sys} (EPSG:4326 and the two undefined
 * systems), {@code gpkg_contents} and {@code gpkg_geometry_columns}, the {@code GPKG} application id
 * and user version 10300, and one feature table per layer whose geometries are GeoPackage binary: a
 * {@code GP} header with the SRS id and the envelope, then little-endian WKB. The file is written
 * beside the target and moved into place, so a cancelled or failed export leaves no half file.
 */
public final class GeoPackageWriter {
    /** "GPKG" as a 32-bit big-endian number (GeoPackage 1.3, requirement 2). */
    static final int APPLICATION_ID = 0x47504B47;
    static final int USER_VERSION = 10300;
    static final int WGS84 = 4326;
    private static final String WGS84_WKT = "GEOGCS[\"WGS 84\",DATUM[\"WGS_1984\",SPHEROID[\"WGS 84\",6378137,298.257223563,"
            + "AUTHORITY[\"EPSG\",\"7030\"]],AUTHORITY[\"EPSG\",\"6326\"]],PRIMEM[\"Greenwich\",0,AUTHORITY[\"EPSG\",\"8901\"]],"
            + "UNIT[\"degree\",0.0174532925199433,AUTHORITY[\"EPSG\",\"9122\"]],AUTHORITY[\"EPSG\",\"4326\"]]";

    private GeoPackageWriter() {
    }

    public static void write(List<GisLayers.Layer> layers, Path target, Progress progress) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, "." + target.getFileName(), ".part");
        Files.delete(temp);
        try {
            try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + temp.toAbsolutePath())) {
                create(db, layers, progress);
            } catch (SQLException e) {
                throw new IOException("could not write the GeoPackage " + target + ": " + e.getMessage(), e);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void create(Connection db, List<GisLayers.Layer> layers, Progress progress) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA application_id = " + APPLICATION_ID);
            s.execute("PRAGMA user_version = " + USER_VERSION);
        }
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY, "
                    + "organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT)");
            s.execute("CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, "
                    + "identifier TEXT UNIQUE, description TEXT DEFAULT '', "
                    + "last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), "
                    + "min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, "
                    + "CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id))");
            s.execute("CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, "
                    + "geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, "
                    + "CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), "
                    + "CONSTRAINT uk_gc_table_name UNIQUE (table_name), "
                    + "CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), "
                    + "CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id))");
        }
        try (PreparedStatement srs = db.prepareStatement("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)")) {
            srs(srs, "Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system");
            srs(srs, "Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system");
            srs(srs, "WGS 84 geodetic", WGS84, "EPSG", WGS84, WGS84_WKT,
                    "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid");
        }
        long total = layers.stream().mapToLong(l -> l.features().size()).sum();
        long done = 0;
        for (GisLayers.Layer layer : layers) {
            table(db, layer);
            String insert = "INSERT INTO \"" + layer.name() + "\" (geom" + layer.fields().stream().map(f -> ", \"" + f.name() + "\"")
                    .reduce("", String::concat) + ") VALUES (?" + ", ?".repeat(layer.fields().size()) + ")";
            try (PreparedStatement row = db.prepareStatement(insert)) {
                for (GisLayers.Feature f : layer.features()) {
                    progress.check();
                    row.setBytes(1, f.geometry() == null ? null : binary(f.geometry()));
                    for (int i = 0; i < layer.fields().size(); i++) {
                        row.setObject(i + 2, f.values().get(i));
                    }
                    row.executeUpdate();
                    progress.update(++done, total);
                }
            }
        }
        db.commit();
    }

    private static void table(Connection db, GisLayers.Layer layer) throws SQLException {
        StringBuilder sql = new StringBuilder("CREATE TABLE \"" + layer.name() + "\" (fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL, geom "
                + layer.geometryType());
        for (GisLayers.Field f : layer.fields()) {
            sql.append(", \"").append(f.name()).append("\" ").append(f.type().name());
        }
        sql.append(')');
        try (Statement s = db.createStatement()) {
            s.execute(sql.toString());
        }
        Envelope all = new Envelope();
        for (GisLayers.Feature f : layer.features()) {
            if (f.geometry() != null) {
                all.expandToInclude(f.geometry().getEnvelopeInternal());
            }
        }
        try (PreparedStatement c = db.prepareStatement("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, "
                + "min_x, min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, ?)")) {
            c.setString(1, layer.name());
            c.setString(2, layer.name());
            c.setString(3, layer.description());
            Double[] box = all.isNull() ? new Double[4] : new Double[] {all.getMinX(), all.getMinY(), all.getMaxX(), all.getMaxY()};
            for (int i = 0; i < 4; i++) {
                c.setObject(4 + i, box[i]);
            }
            c.setInt(8, WGS84);
            c.executeUpdate();
        }
        try (PreparedStatement g = db.prepareStatement("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, ?, 0, 0)")) {
            g.setString(1, layer.name());
            g.setString(2, layer.geometryType());
            g.setInt(3, WGS84);
            g.executeUpdate();
        }
    }

    private static void srs(PreparedStatement s, String name, int id, String org, int orgId, String definition, String description)
            throws SQLException {
        s.setString(1, name);
        s.setInt(2, id);
        s.setString(3, org);
        s.setInt(4, orgId);
        s.setString(5, definition);
        s.setString(6, description);
        s.executeUpdate();
    }

    /**
     * GeoPackage binary (spec §2.1.3): "GP", version 0, flags (little-endian, envelope [minx, maxx,
     * miny, maxy]), the SRS id, the envelope, then the geometry as little-endian WKB without an SRID.
     */
    static byte[] binary(Geometry g) {
        byte[] wkb = new WKBWriter(2, ByteOrderValues.LITTLE_ENDIAN).write(g);
        Envelope e = g.getEnvelopeInternal();
        ByteBuffer out = ByteBuffer.allocate(8 + 32 + wkb.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put((byte) 'G').put((byte) 'P').put((byte) 0);
        // bit 0: little-endian; bits 1-3 = 1: an envelope of minx, maxx, miny, maxy; bit 4: empty
        out.put((byte) (0b0000_0011 | (g.isEmpty() ? 0b0001_0000 : 0)));
        out.putInt(WGS84);
        out.putDouble(e.getMinX()).putDouble(e.getMaxX()).putDouble(e.getMinY()).putDouble(e.getMaxY());
        out.put(wkb);
        return out.array();
    }
}
