package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.mountainsseas.model.Adcode;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;

/**
 * Reads the boundary GeoJSON (RFC 7946, lon/lat) into {@link Boundary} records. Checks geometry
 * types, numbers, coordinate ranges (which also catches swapped lat/lon), closed rings, validity
 * and a vertex cap; a bad feature is reported and left out.
 */
public final class GeoJsonReader {
    public static final String COUNTIES = "geo/zhejiang-counties.geojson";
    public static final String NEIGHBOURS = "geo/neighbours.geojson";
    /** The China view's base map: every province-level unit and boundary line (tools/derive-provinces.py). */
    public static final String PROVINCES = "geo/china-provinces.geojson";
    /** The region every coordinate must lie in: eastern China and its seas. */
    static final double MIN_LON = 105, MAX_LON = 135, MIN_LAT = 15, MAX_LAT = 45;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    /**
     * What a county layer may contain. {@link #ZHEJIANG} is the app's own layer; {@link #CHINA}
     * is the benchmark's stress layer (every county of China), checked just as strictly except
     * that any six-digit adcode and any position in China's extent are allowed.
     */
    public enum Extent {
        ZHEJIANG(Adcode::isZhejiang, "a Zhejiang adcode", MIN_LON, MAX_LON, MIN_LAT, MAX_LAT, "eastern China"),
        CHINA(Adcode::isAdcode, "a six-digit adcode", 73, 136, 3, 54, "China");

        final java.util.function.Predicate<String> adcode;
        final String adcodeWhat;
        final double minLon, maxLon, minLat, maxLat;
        final String regionName;

        Extent(java.util.function.Predicate<String> adcode, String adcodeWhat, double minLon, double maxLon, double minLat, double maxLat, String regionName) {
            this.adcode = adcode;
            this.adcodeWhat = adcodeWhat;
            this.minLon = minLon;
            this.maxLon = maxLon;
            this.minLat = minLat;
            this.maxLat = maxLat;
            this.regionName = regionName;
        }
    }

    private final List<LoadProblem> problems = new ArrayList<>();
    private final Extent extent;
    private final AtomicInteger vertices = new AtomicInteger();

    private GeoJsonReader(Extent extent) {
        this.extent = extent;
    }

    private GeoJsonReader() {
        this(Extent.ZHEJIANG);
    }

    /** Reads the county layer: every feature needs an {@code adcode} and a {@code name}. */
    public static LoadResult<List<Boundary>> readCounties(DataLocation location) {
        return new GeoJsonReader().read(location, COUNTIES, true);
    }

    /** Reads a county layer file of the given extent (the benchmark's China-wide stress layer). */
    public static LoadResult<List<Boundary>> readCounties(DataLocation location, String file, Extent extent) {
        return new GeoJsonReader(extent).read(location, file, true);
    }

    /** Reads the context layer: neighbouring provinces and maritime boundary lines. */
    public static LoadResult<List<Boundary>> readNeighbours(DataLocation location) {
        return new GeoJsonReader().read(location, NEIGHBOURS, false);
    }

    /** Reads the China view's provinces and boundary lines, checked like the context layer in China's extent. */
    public static LoadResult<List<Boundary>> readProvinces(DataLocation location) {
        return new GeoJsonReader(Extent.CHINA).read(location, PROVINCES, false);
    }

    /** Reads GeoJSON from bytes (for imports and tests). */
    public static LoadResult<List<Boundary>> parseCounties(String name, byte[] bytes) {
        return parse(name, bytes, true);
    }

    /** Reads a county ({@code counties}) or context layer from bytes. */
    static LoadResult<List<Boundary>> parse(String name, byte[] bytes, boolean counties) {
        return parse(name, bytes, counties, Extent.ZHEJIANG);
    }

    /**
     * Reads a county layer of the given extent ({@code counties}) or a context layer from a file's
     * bytes already read ({@link SourceFile}): the same checks and problems as reading it from its location.
     */
    public static LoadResult<List<Boundary>> parse(SourceFile file, boolean counties, Extent extent) {
        return parse(file.name(), file.bytes(), counties, extent);
    }

    private static LoadResult<List<Boundary>> parse(String name, byte[] bytes, boolean counties, Extent extent) {
        GeoJsonReader reader = new GeoJsonReader(extent);
        try {
            return reader.features(name, JsonInput.parseGeoJson(name, bytes), counties);
        } catch (LoadException e) {
            return new LoadResult<>(List.of(), List.of(e.problem()));
        }
    }

    private LoadResult<List<Boundary>> read(DataLocation location, String file, boolean counties) {
        try {
            return features(file, JsonInput.readGeoJson(location, file), counties);
        } catch (LoadException e) {
            return new LoadResult<>(List.of(), List.of(e.problem()));
        }
    }

    private LoadResult<List<Boundary>> features(String file, JsonTree.GeoJson tree, boolean counties) {
        JsonElement root = tree.root();
        List<Boundary> out = new ArrayList<>();
        if (!root.isJsonObject() || !"FeatureCollection".equals(str(root.getAsJsonObject(), "type"))) {
            problems.add(new LoadProblem(file, null, "type", "expected a GeoJSON FeatureCollection"));
            return new LoadResult<>(out, problems);
        }
        JsonElement features = root.getAsJsonObject().get("features");
        if (features == null || !features.isJsonArray()) {
            problems.add(new LoadProblem(file, null, "features", "expected an array of features"));
            return new LoadResult<>(out, problems);
        }
        Set<String> seen = new HashSet<>();
        JsonArray array = features.getAsJsonArray();
        // features are checked and validated in parallel (JTS validation is most of this step),
        // then taken in file order so problems and duplicates are reported as before
        List<Object> parsed = IntStream.range(0, array.size()).parallel()
                .mapToObj(i -> parseFeature(file, "feature " + (i + 1), array.get(i), tree, counties)).toList();
        for (Object o : parsed) {
            try {
                if (o instanceof LoadException e) {
                    throw e;
                }
                Boundary b = (Boundary) o;
                if (!seen.add(b.id())) {
                    throw new LoadException(new LoadProblem(file, b.id(), "adcode", "duplicate feature " + b.id()));
                }
                out.add(b);
            } catch (LoadException e) {
                problems.add(e.problem());
                // stop at the cap's own problem (in parallel, earlier features may report theirs first)
                if (e.problem().message().contains(Cap.VERTICES.name() + " cap")) {
                    break;
                }
            }
        }
        return new LoadResult<>(out, problems);
    }

    private Object parseFeature(String file, String label, JsonElement element, JsonTree.GeoJson tree, boolean counties) {
        try {
            return Cap.VERTICES.exceededBy(vertices.get())
                    ? new LoadException(new LoadProblem(file, label, "geometry", Cap.VERTICES.message(vertices.get())))
                    : feature(file, label, element, tree, counties);
        } catch (LoadException e) {
            return e;
        }
    }

    private Boundary feature(String file, String label, JsonElement element, JsonTree.GeoJson tree, boolean counties) throws LoadException {
        if (!element.isJsonObject() || !"Feature".equals(str(element.getAsJsonObject(), "type"))) {
            throw new LoadException(new LoadProblem(file, label, "type", "expected a GeoJSON Feature"));
        }
        JsonObject f = element.getAsJsonObject();
        JsonElement propsElement = f.get("properties");
        JsonObject props = propsElement != null && propsElement.isJsonObject() ? propsElement.getAsJsonObject() : new JsonObject();
        String name = str(props, "name");
        String id;
        Boundary.Kind kind;
        if (counties) {
            id = str(props, "adcode");
            if (!extent.adcode.test(id)) {
                throw new LoadException(new LoadProblem(file, label, "properties.adcode", "missing or not " + extent.adcodeWhat));
            }
            kind = Boundary.Kind.COUNTY;
        } else {
            String k = str(props, "kind");
            kind = "maritime-boundary".equals(k) ? Boundary.Kind.MARITIME_BOUNDARY : Boundary.Kind.PROVINCE;
            id = str(props, "adcode") != null ? str(props, "adcode") : kind.name().toLowerCase() + "-" + label;
        }
        label = id;
        if (name == null) {
            throw new LoadException(new LoadProblem(file, label, "properties.name", "is missing"));
        }
        String nameEn = str(props, "nameEn");
        Text text = new Text(name, nameEn != null ? nameEn : name);
        JsonElement g = f.get("geometry");
        if (g == null || !g.isJsonObject()) {
            throw new LoadException(new LoadProblem(file, label, "geometry", "is missing"));
        }
        String type = str(g.getAsJsonObject(), "type");
        Coords coords = tree.coordinatesOf(g.getAsJsonObject());
        if (coords == null || coords.size() < 0) {
            throw new LoadException(new LoadProblem(file, label, "geometry.coordinates", "expected an array"));
        }
        List<List<double[]>> polygons = new ArrayList<>();
        List<double[]> lines = new ArrayList<>();
        if ("Polygon".equals(type)) {
            polygons.add(polygon(file, label, coords));
        } else if ("MultiPolygon".equals(type)) {
            for (int i = 0; i < coords.size(); i++) {
                polygons.add(polygon(file, label, asArray(file, label, coords.get(i))));
            }
        } else if (!counties && kind == Boundary.Kind.MARITIME_BOUNDARY && "MultiLineString".equals(type)) {
            for (int i = 0; i < coords.size(); i++) {
                lines.add(positions(file, label, asArray(file, label, coords.get(i)), 2));
            }
        } else {
            throw new LoadException(new LoadProblem(file, label, "geometry.type",
                    "expected Polygon or MultiPolygon, found " + (type == null ? "nothing" : type)));
        }
        if (polygons.isEmpty() && lines.isEmpty()) {
            throw new LoadException(new LoadProblem(file, label, "geometry", "is empty"));
        }
        return new Boundary(id, text, kind, polygons, lines);
    }

    private List<double[]> polygon(String file, String label, Coords rings) throws LoadException {
        if (rings.size() == 0) {
            throw new LoadException(new LoadProblem(file, label, "geometry", "a polygon has no rings"));
        }
        List<double[]> out = new ArrayList<>();
        for (int i = 0; i < rings.size(); i++) {
            double[] ring = positions(file, label, asArray(file, label, rings.get(i)), 4);
            int n = ring.length;
            if (ring[0] != ring[n - 2] || ring[1] != ring[n - 1]) {
                throw new LoadException(new LoadProblem(file, label, "geometry",
                        "a ring is not closed (its last position must equal its first)"));
            }
            out.add(ring);
        }
        checkValid(file, label, out);
        return out;
    }

    private static void checkValid(String file, String label, List<double[]> rings) throws LoadException {
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        }
        Polygon polygon = FACTORY.createPolygon(shell, holes);
        TopologyValidationError error = new IsValidOp(polygon).getValidationError();
        if (error != null) {
            Coordinate c = error.getCoordinate();
            throw new LoadException(new LoadProblem(file, label, "geometry", "invalid polygon: "
                    + error.getMessage().toLowerCase() + (c == null ? "" : String.format(java.util.Locale.ROOT, " near %.5f, %.5f", c.x, c.y))));
        }
    }

    private static Coordinate[] coordinates(double[] flat) {
        Coordinate[] c = new Coordinate[flat.length / 2];
        for (int i = 0; i < c.length; i++) {
            c[i] = new Coordinate(flat[2 * i], flat[2 * i + 1]);
        }
        return c;
    }

    private double[] positions(String file, String label, Coords positions, int min) throws LoadException {
        int size = positions.size();
        if (size < min) {
            throw new LoadException(new LoadProblem(file, label, "geometry",
                    "a ring or line has " + size + " positions (needs at least " + min + ")"));
        }
        Cap.VERTICES.check(file, label, "geometry", vertices.addAndGet(size));
        double[] flat = new double[size * 2];
        for (int i = 0; i < size; i++) {
            Coords p = positions.get(i);
            double lon, lat;
            if (p instanceof Coords.Numbers n && n.size() >= 2) {
                lon = finite(file, label, n.values()[0]);
                lat = finite(file, label, n.values()[1]);
            } else if (p instanceof Coords.Items items && items.size() >= 2) {
                lon = num(file, label, items.get(0));
                lat = num(file, label, items.get(1));
            } else {
                throw new LoadException(new LoadProblem(file, label, "geometry", "a position is not [lon, lat]"));
            }
            if (lon < extent.minLon || lon > extent.maxLon || lat < extent.minLat || lat > extent.maxLat) {
                boolean swapped = lat >= extent.minLon && lat <= extent.maxLon && lon >= extent.minLat && lon <= extent.maxLat;
                throw new LoadException(new LoadProblem(file, label, "geometry", String.format(java.util.Locale.ROOT,
                        "position [%s, %s] is outside " + extent.regionName + "%s", lon, lat,
                        swapped ? " (latitude and longitude look swapped: GeoJSON is [lon, lat])" : "")));
            }
            flat[2 * i] = lon;
            flat[2 * i + 1] = lat;
        }
        return flat;
    }

    private static double num(String file, String label, Coords c) throws LoadException {
        if (!(c instanceof Coords.Other o) || !o.value().isJsonPrimitive() || !o.value().getAsJsonPrimitive().isNumber()) {
            throw new LoadException(new LoadProblem(file, label, "geometry", "a coordinate is not a number"));
        }
        return finite(file, label, o.value().getAsDouble());
    }

    private static double finite(String file, String label, double d) throws LoadException {
        if (!Double.isFinite(d)) {
            throw new LoadException(new LoadProblem(file, label, "geometry", "a coordinate is not finite"));
        }
        return d;
    }

    private static Coords asArray(String file, String label, Coords c) throws LoadException {
        if (c.size() < 0) {
            throw new LoadException(new LoadProblem(file, label, "geometry.coordinates", "expected nested arrays"));
        }
        return c;
    }

    private static String str(JsonObject o, String field) {
        JsonElement e = o.get(field);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString().strip() : null;
    }
}
