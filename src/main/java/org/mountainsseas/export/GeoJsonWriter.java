package org.mountainsseas.export;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a {@link GisLayers.Layer} as an RFC 7946 GeoJSON FeatureCollection in UTF-8: WGS 84
 * lon/lat (no {@code crs} member), the layer's winding kept, a feature without a place written
 * with {@code "geometry": null}.
 */
public final class GeoJsonWriter {
    private GeoJsonWriter() {
    }

    public static void write(GisLayers.Layer layer, OutputStream out, Progress progress) throws IOException {
        JsonWriter w = new JsonWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.setIndent("");
        w.beginObject();
        w.name("type").value("FeatureCollection");
        w.name("name").value(layer.name());
        w.name("features").beginArray();
        int done = 0;
        for (GisLayers.Feature f : layer.features()) {
            progress.check();
            w.beginObject();
            w.name("type").value("Feature");
            w.name("properties").beginObject();
            for (int i = 0; i < layer.fields().size(); i++) {
                w.name(layer.fields().get(i).name());
                Object v = f.values().get(i);
                if (v == null) {
                    w.nullValue();
                } else if (v instanceof Number n) {
                    w.value(n);
                } else {
                    w.value(v.toString());
                }
            }
            w.endObject();
            w.name("geometry");
            geometry(w, f.geometry());
            w.endObject();
            progress.update(++done, layer.features().size());
        }
        w.endArray();
        w.endObject();
        w.flush();
    }

    private static void geometry(JsonWriter w, Geometry g) throws IOException {
        if (g == null) {
            w.nullValue();
            return;
        }
        w.beginObject();
        if (g instanceof Point p) {
            w.name("type").value("Point").name("coordinates");
            position(w, p.getCoordinate());
        } else if (g instanceof LineString l) {
            w.name("type").value("LineString").name("coordinates");
            positions(w, l.getCoordinates());
        } else if (g instanceof MultiPolygon mp) {
            w.name("type").value("MultiPolygon").name("coordinates").beginArray();
            for (int i = 0; i < mp.getNumGeometries(); i++) {
                polygon(w, (Polygon) mp.getGeometryN(i));
            }
            w.endArray();
        } else {
            throw new IllegalArgumentException("no GeoJSON for " + g.getGeometryType());
        }
        w.endObject();
    }

    private static void polygon(JsonWriter w, Polygon p) throws IOException {
        w.beginArray();
        positions(w, p.getExteriorRing().getCoordinates());
        for (int h = 0; h < p.getNumInteriorRing(); h++) {
            positions(w, p.getInteriorRingN(h).getCoordinates());
        }
        w.endArray();
    }

    private static void positions(JsonWriter w, Coordinate[] cs) throws IOException {
        w.beginArray();
        for (Coordinate c : cs) {
            position(w, c);
        }
        w.endArray();
    }

    private static void position(JsonWriter w, Coordinate c) throws IOException {
        w.beginArray().value(c.x).value(c.y).endArray();
    }
}
