package org.mountainsseas.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.algorithm.Orientation;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;

/**
 * The data as three GIS layers in WGS 84 lon/lat: counties (multipolygons with class, city, side of
 * the Qingda Line and mountain-list years), pairings (a line from the mountain county to its
 * partner, with dates, confidence, status and sources) and enclaves (a point in the host county).
 * Lines and points sit on each county's label point (well inside it), not on a surveyed site: the
 * {@code located} field says so. A pairing with a partner off the map, or an enclave without a
 * known host county, keeps its row with no geometry. Polygons are wound as RFC 7946 asks (outer
 * rings counter-clockwise). Pure: the writers ({@link GeoJsonWriter}, {@link GeoPackageWriter}) take it from here.
 */
public final class GisLayers {
    private static final GeometryFactory FACTORY = new GeometryFactory();
    private static final String AT_LABEL_POINT = "county label point (inside the county), not the site";

    private GisLayers() {
    }

    /** A column's type, as GeoPackage (SQLite) and GeoJSON readers understand it. */
    public enum Type { TEXT, INTEGER, REAL }

    /** A column. */
    public record Field(String name, Type type) {
    }

    /** One row: geometry in lon/lat (null when not on the map) and one value per field (null for unknown). */
    public record Feature(Geometry geometry, List<Object> values) {
        public Feature {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A layer: its table name, geometry type in GeoPackage's words (e.g. MULTIPOLYGON), columns and rows. */
    public record Layer(String name, String geometryType, String description, List<Field> fields, List<Feature> features) {
        public Layer {
            fields = List.copyOf(fields);
            features = List.copyOf(features);
        }
    }

    /** The three layers: counties, pairings, enclaves. */
    public static List<Layer> of(Dataset data, Atlas atlas, Map<String, LineSide> sides) {
        return List.of(counties(data, atlas, sides), pairings(data, atlas), enclaves(data, atlas));
    }

    static Layer counties(Dataset data, Atlas atlas, Map<String, LineSide> sides) {
        List<Field> fields = fields("adcode:T", "name_zh:T", "name_en:T", "city_zh:T", "city_en:T", "city_adcode:T",
                "class:T", "side:T", "sw_share:R", "list:T", "listed_from:I", "listed_until:I", "list_years:T",
                "list_confidence:T", "list_sources:T");
        List<Feature> rows = new ArrayList<>();
        for (County c : data.counties()) {
            Shape s = atlas.county(c.adcode());
            LineSide side = sides.get(c.adcode());
            Membership m = data.membershipOf(c.adcode());
            rows.add(new Feature(s == null ? null : polygons(WebMercator.unproject(s.geometry())), Arrays.asList(
                    c.adcode(), c.name().zh(), c.name().en(), c.city().zh(), c.city().en(), c.cityAdcode(),
                    code(data.classOf(c.adcode())), side == null ? null : code(side.side()),
                    side == null ? null : round(side.southWestShare(), 4),
                    m == null ? null : code(m.group()), m == null ? null : year(m.from()), m == null ? null : year(m.until()),
                    listYears(data, c.adcode()), m == null ? null : m.provenance().confidence().code(),
                    m == null ? null : String.join(";", m.provenance().sourceIds()))));
        }
        return new Layer("counties", "MULTIPOLYGON", "Zhejiang's county-level units; class as of the 2021 mountain-county list",
                fields, rows);
    }

    static Layer pairings(Dataset data, Atlas atlas) {
        List<Field> fields = fields("id:T", "mountain:T", "mountain_zh:T", "mountain_en:T", "partner:T", "partner_zh:T",
                "partner_en:T", "since:I", "since_qualifier:T", "since_zh:T", "since_en:T", "status:T", "confidence:T",
                "sources:T", "citations:T", "note_zh:T", "note_en:T", "located:T");
        List<Feature> rows = new ArrayList<>();
        for (Pairing p : data.pairings()) {
            Point a = labelPoint(atlas, p.mountain());
            Point b = labelPoint(atlas, p.partner());
            Geometry line = a == null || b == null ? null
                    : FACTORY.createLineString(new Coordinate[] {a.getCoordinate(), b.getCoordinate()});
            County m = data.county(p.mountain());
            County partner = data.county(p.partner());
            Text partnerName = partner != null ? partner.name() : p.partnerName();
            rows.add(new Feature(line, Arrays.asList(p.id(), p.mountain(), m == null ? null : m.name().zh(),
                    m == null ? null : m.name().en(), p.partner(), partnerName == null ? null : partnerName.zh(),
                    partnerName == null ? null : partnerName.en(), year(p.since()), qualifier(p.since()),
                    text(p.since(), true), text(p.since(), false), code(p.status()), p.provenance().confidence().code(),
                    String.join(";", p.provenance().sourceIds()), citations(data, p.provenance()),
                    p.note() == null ? null : p.note().zh(), p.note() == null ? null : p.note().en(),
                    line == null ? null : AT_LABEL_POINT)));
        }
        return new Layer("pairings", "LINESTRING", "Mountain–sea pairings: from the mountain county to its partner", fields, rows);
    }

    static Layer enclaves(Dataset data, Atlas atlas) {
        List<Field> fields = fields("id:T", "name_zh:T", "name_en:T", "type:T", "host:T", "host_zh:T", "host_en:T",
                "beneficiary:T", "beneficiary_zh:T", "beneficiary_en:T", "opened:I", "opened_zh:T", "opened_en:T",
                "figures_zh:T", "figures_en:T", "confidence:T", "sources:T", "citations:T", "located:T");
        List<Feature> rows = new ArrayList<>();
        for (Enclave e : data.enclaves()) {
            Point at = labelPoint(atlas, e.host());
            County host = data.county(e.host());
            County ben = data.county(e.beneficiary());
            Text hostName = host != null ? host.name() : e.hostPlace();
            Text benName = ben != null ? ben.name() : e.beneficiaryName();
            rows.add(new Feature(at, Arrays.asList(e.id(), e.name().zh(), e.name().en(), code(e.type()), e.host(),
                    hostName == null ? null : hostName.zh(), hostName == null ? null : hostName.en(), e.beneficiary(),
                    benName == null ? null : benName.zh(), benName == null ? null : benName.en(), year(e.opened()),
                    text(e.opened(), true), text(e.opened(), false), figures(e.figures(), true), figures(e.figures(), false),
                    e.provenance().confidence().code(), String.join(";", e.provenance().sourceIds()),
                    citations(data, e.provenance()), at == null ? null : AT_LABEL_POINT)));
        }
        return new Layer("enclaves", "POINT", "Enclaves (飞地), placed in their host county", fields, rows);
    }

    /** "mountain 2012–2024; island 2024–": each stay on a list, with "c." or "by" where the year is vague. */
    static String listYears(Dataset data, String adcode) {
        StringJoiner out = new StringJoiner("; ");
        for (Membership m : data.memberships()) {
            if (m.adcode().equals(adcode)) {
                out.add(code(m.group()) + " " + yearText(m.from()) + "–" + (m.until() == null ? "" : yearText(m.until())));
            }
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static String yearText(Dating d) {
        if (d == null || d.year() == null) {
            return "?";
        }
        switch (d.qualifier() == null ? Dating.Qualifier.EXACT : d.qualifier()) {
            case CIRCA: return "c. " + d.year();
            case BY: return "by " + d.year();
            case UNKNOWN: return "?";
            default: return String.valueOf(d.year());
        }
    }

    /** "Publisher, Title (date)" for each source, joined with " | ". */
    static String citations(Dataset data, Provenance p) {
        StringJoiner out = new StringJoiner(" | ");
        for (String id : p.sourceIds()) {
            Source s = data.source(id);
            out.add(s == null ? id : Citation.of(s));
        }
        return out.toString();
    }

    private static String figures(List<Figure> figures, boolean zh) {
        StringJoiner out = new StringJoiner("; ");
        for (Figure f : figures) {
            out.add((zh ? f.label().zh() : f.label().en()) + ": " + (zh ? f.text().zh() : f.text().en()));
        }
        return out.length() == 0 ? null : out.toString();
    }

    private static Point labelPoint(Atlas atlas, String adcode) {
        Shape s = adcode == null ? null : atlas.county(adcode);
        if (s == null) {
            return null;
        }
        return FACTORY.createPoint(new Coordinate(round(WebMercator.lon(s.labelX()), 7), round(WebMercator.lat(s.labelY()), 7)));
    }

    /** The geometry as a multipolygon with outer rings counter-clockwise and holes clockwise (RFC 7946 §3.1.6). */
    static MultiPolygon polygons(Geometry g) {
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Polygon p = (Polygon) g.getGeometryN(i);
            LinearRing shell = wound(p.getExteriorRing(), true);
            LinearRing[] holes = new LinearRing[p.getNumInteriorRing()];
            for (int h = 0; h < holes.length; h++) {
                holes[h] = wound(p.getInteriorRingN(h), false);
            }
            parts.add(FACTORY.createPolygon(shell, holes));
        }
        return FACTORY.createMultiPolygon(parts.toArray(new Polygon[0]));
    }

    private static LinearRing wound(LinearRing ring, boolean counterClockwise) {
        Coordinate[] cs = ring.getCoordinates();
        for (Coordinate c : cs) {
            c.x = round(c.x, 7);
            c.y = round(c.y, 7);
        }
        if (Orientation.isCCW(cs) != counterClockwise) {
            org.locationtech.jts.geom.CoordinateArrays.reverse(cs);
        }
        return FACTORY.createLinearRing(cs);
    }

    private static List<Field> fields(String... specs) {
        List<Field> out = new ArrayList<>();
        for (String spec : specs) {
            String[] p = spec.split(":");
            out.add(new Field(p[0], p[1].equals("T") ? Type.TEXT : p[1].equals("I") ? Type.INTEGER : Type.REAL));
        }
        return out;
    }

    private static Integer year(Dating d) {
        return d == null ? null : d.year();
    }

    private static String qualifier(Dating d) {
        return d == null || d.qualifier() == null ? "unknown" : code(d.qualifier());
    }

    private static String text(Dating d, boolean zh) {
        return d == null || d.text() == null ? null : zh ? d.text().zh() : d.text().en();
    }

    /** An enum constant as a lower-case code with hyphens: SOUTH_WEST → south-west. */
    static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static double round(double v, int places) {
        double f = Math.pow(10, places);
        return Math.round(v * f) / f;
    }
}
