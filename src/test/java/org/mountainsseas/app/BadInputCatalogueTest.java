package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.FuzzChecks;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.MemoryLocation;

/**
 * The bad-input catalogue of docs/bad-inputs.md, one row per case: the tiny province with one file
 * broken, loaded as the app loads it at start-up. Each row checks what the user sees (the problem
 * listed under "⚠ data problems"), that the app still gets a World, and that the row is in the doc.
 */
class BadInputCatalogueTest {
    private static final String COUNTIES = GeoJsonReader.COUNTIES;
    private static final String FIRST_GEOMETRY = "[[[[119.0, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [119.0, 28.0]]]]";

    /** One row: an id (as in the doc), the broken data, the file the problem names, and what the message says (null: no problem). */
    record Case(String id, Supplier<DataLocation> data, String file, String expected) {
        @Override
        public String toString() {
            return id;
        }
    }

    private static Case replace(String id, String file, byte[] content, String expected) {
        return new Case(id, () -> MemoryLocation.tinyWith(file, content), file, expected);
    }

    private static Case replace(String id, String file, String content, String expected) {
        return replace(id, file, content.getBytes(StandardCharsets.UTF_8), expected);
    }

    /** The tiny file with {@code from} replaced by {@code to}. */
    private static Case edit(String id, String file, String from, String to, String expected) {
        String s = new String(MemoryLocation.tinyFile(file), StandardCharsets.UTF_8);
        if (!s.contains(from)) {
            throw new IllegalArgumentException(file + " lacks " + from);
        }
        return replace(id, file, s.replace(from, to), expected);
    }

    private static Case geometry(String id, String geometry, String expected) {
        return edit(id, COUNTIES, "{\"type\": \"MultiPolygon\", \"coordinates\": " + FIRST_GEOMETRY + "}", geometry, expected);
    }

    private static Case firstRing(String id, String ring, String expected) {
        return edit(id, COUNTIES, FIRST_GEOMETRY, "[[[" + ring + "]]]", expected);
    }

    static Stream<Case> catalogue() {
        byte[] timeline = MemoryLocation.tinyFile(DatasetReader.TIMELINE);
        byte[] pairings = MemoryLocation.tinyFile(DatasetReader.PAIRINGS);
        String timelineText = new String(timeline, StandardCharsets.UTF_8);
        return Stream.of(
                replace("empty-file", COUNTIES, "", "the file is empty"),
                replace("whitespace-only", DatasetReader.PAIRINGS, "  \n\t ", "the file is empty"),
                replace("not-json", COUNTIES, "county boundaries: see the attached map", "this is not valid JSON"),
                replace("json-not-geojson", COUNTIES, "{\"name\": \"Zhejiang\"}", "expected a GeoJSON FeatureCollection"),
                replace("geojson-not-data-file", DatasetReader.PAIRINGS, new String(MemoryLocation.tinyFile(COUNTIES), StandardCharsets.UTF_8),
                        "expected \"mountainsseas/pairings\", found nothing"),
                geometry("wrong-geometry-type", "{\"type\": \"Point\", \"coordinates\": [119.0, 28.0]}",
                        "expected Polygon or MultiPolygon, found Point"),
                geometry("line-as-county", "{\"type\": \"LineString\", \"coordinates\": [[119.0, 28.0], [119.5, 28.0]]}",
                        "expected Polygon or MultiPolygon, found LineString"),
                firstRing("unclosed-ring", "[119.0, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [119.0, 28.1]",
                        "a ring is not closed"),
                firstRing("too-few-positions", "[119.0, 28.0], [119.5, 28.0], [119.0, 28.0]", "has 3 positions (needs at least 4)"),
                firstRing("self-intersection", "[119.0, 28.0], [119.5, 28.5], [119.5, 28.0], [119.0, 28.5], [119.0, 28.0]",
                        "invalid polygon: self-intersection near"),
                firstRing("nan", "[NaN, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [NaN, 28.0]", "this is not valid JSON"),
                firstRing("infinity-literal", "[Infinity, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [Infinity, 28.0]",
                        "this is not valid JSON"),
                firstRing("number-overflows-to-infinity", "[1e999, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [1e999, 28.0]",
                        "a coordinate is not finite"),
                firstRing("coordinate-as-text", "[\"119.0\", 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [\"119.0\", 28.0]",
                        "a coordinate is not a number"),
                firstRing("out-of-range", "[219.0, 28.0], [119.5, 28.0], [119.5, 28.5], [119.0, 28.5], [219.0, 28.0]",
                        "position [219.0, 28.0] is outside eastern China"),
                firstRing("lat-lon-swapped", "[28.0, 119.0], [28.0, 119.5], [28.5, 119.5], [28.5, 119.0], [28.0, 119.0]",
                        "latitude and longitude look swapped"),
                edit("lat-lon-swapped-in-data", DatasetReader.QINGDA_LINE, "\"lat\": 29.6,\n    \"lon\": 119.2",
                        "\"lat\": 119.2,\n    \"lon\": 29.6", "is latitude swapped with longitude?"),
                replace("gbk-text", DatasetReader.TIMELINE, timelineText.getBytes(Charset.forName("GBK")), "the file is not UTF-8 text"),
                replace("utf8-bom", DatasetReader.TIMELINE, withBom(timeline), null),
                edit("duplicate-id", DatasetReader.PAIRINGS, "\"id\": \"PR02\"", "\"id\": \"PR01\"", "duplicate id PR01"),
                edit("duplicate-feature", COUNTIES, "\"adcode\": \"330102\"", "\"adcode\": \"330101\"", "duplicate feature 330101"),
                edit("duplicate-key", DatasetReader.PAIRINGS, "\"id\": \"PR01\",", "\"id\": \"PR01\", \"id\": \"PR09\",",
                        "the key \"id\" appears twice in one object"),
                edit("unknown-county", DatasetReader.PAIRINGS, "\"partner\": \"330103\"", "\"partner\": \"339999\"",
                        "unknown county adcode 339999"),
                edit("not-an-adcode", DatasetReader.PAIRINGS, "\"mountain\": \"330101\",", "\"mountain\": \"Longquan\",",
                        "\"Longquan\" is not a Zhejiang adcode"),
                edit("exact-date-without-source", DatasetReader.PAIRINGS, "\"source\": \"s1\",", "",
                        "an exact date needs the id of the source that states it"),
                edit("date-source-not-cited", DatasetReader.PAIRINGS, "\"source\": \"s1\"", "\"source\": \"s2\"",
                        "\"s2\" is not one of this item's sources"),
                new Case("county-without-boundary", edit("x", COUNTIES, "\"adcode\": \"330105\"", "\"adcode\": \"330199\"", null).data(),
                        DatasetReader.COUNTIES, "no boundary for 330105"),
                replace("deep-nesting-100000", DatasetReader.TIMELINE, "[".repeat(100_000) + "]".repeat(100_000),
                        "over the nesting depth cap of 32 levels"),
                replace("deep-nesting-unclosed", COUNTIES, "{\"a\":".repeat(100_000), "over the nesting depth cap of 32 levels"),
                replace("truncated-file", DatasetReader.PAIRINGS, java.util.Arrays.copyOf(pairings, pairings.length / 2),
                        "this is not valid JSON"),
                replace("trailing-garbage", DatasetReader.PAIRINGS, new String(pairings, StandardCharsets.UTF_8) + "}",
                        "there is more text after the JSON value"),
                new Case("missing-file", () -> without(DatasetReader.PROJECTS), DatasetReader.PROJECTS, "the file is missing"),
                new Case("changes-while-read", () -> failingMidway(DatasetReader.PAIRINGS), DatasetReader.PAIRINGS,
                        "the file could not be read (Stale file handle)"),
                new Case("grows-past-cap-while-read", () -> endless(DatasetReader.PAIRINGS), DatasetReader.PAIRINGS,
                        "over the file size cap of 50.0 MB"),
                new Case("over-size-cap", () -> claimsSize(COUNTIES, 60L * 1024 * 1024), COUNTIES,
                        "over the file size cap of 50.0 MB (found 60.0 MB)"),
                replace("over-array-length-cap", DatasetReader.TIMELINE, "[" + "0,".repeat(1_000_000) + "0]",
                        "over the array length cap of 1000000 elements"),
                replace("over-value-count-cap", DatasetReader.TIMELINE, "[" + ("[" + "0,".repeat(999_999) + "0],").repeat(4) + "0]",
                        "over the JSON value count cap of 4000000 values"),
                replace("over-item-cap", DatasetReader.TIMELINE,
                        "{\"format\": \"mountainsseas/timeline\", \"version\": 1, \"items\": [" + "{},".repeat(100_000) + "{}]}",
                        "over the item count cap of 100000 items"),
                replace("over-vertex-cap", COUNTIES, manyVertices(), "over the vertex count cap of 1000000 vertices"),
                edit("wrong-field-type", DatasetReader.PAIRINGS, "\"status\": \"active\"", "\"status\": 3", "expected text, found a number"),
                edit("huge-id", DatasetReader.COUNTIES, "\"adcode\": \"330101\"", "\"adcode\": \"" + "9".repeat(1_000_000) + "\"",
                        "is not a Zhejiang adcode"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachBadInputGivesAReadableProblemAndTheAppStillLoads(Case c) {
        World world = WorldLoader.load(c.data().get());
        assertNotNull(world.dataset());
        assertNotNull(world.atlas());
        FuzzChecks.clean(world.problems());
        List<String> seen = world.problems().stream().map(LoadProblem::describe).toList();
        if (c.expected() == null) {
            assertTrue(seen.isEmpty(), () -> "expected no problem, got " + seen);
            return;
        }
        assertTrue(world.problems().stream().anyMatch(p -> p.file().equals(c.file()) && p.message().contains(c.expected())),
                () -> "expected a problem in " + c.file() + " saying \"" + c.expected() + "\", got " + seen);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void eachRowIsInTheDocs(Case c) throws IOException {
        String doc = Files.readString(Path.of("docs/bad-inputs.md"));
        assertTrue(doc.contains("| `" + c.id() + "` |"), () -> "docs/bad-inputs.md has no row for " + c.id());
        if (c.expected() != null) {
            assertTrue(doc.contains(c.expected().replace("|", "\\|")), () -> "docs/bad-inputs.md does not quote: " + c.expected());
        }
    }

    @org.junit.jupiter.api.Test
    void theDocsListNoRowWithoutATest() throws IOException {
        List<String> ids = catalogue().map(Case::id).toList();
        for (String line : Files.readAllLines(Path.of("docs/bad-inputs.md"))) {
            // rows that name their own test (`SomeTest.method`) are checked by BadInputsDocTest
            if (line.startsWith("| `") && !BadInputsDocTest.namesATest(line)) {
                String id = line.substring(3, line.indexOf('`', 3));
                assertTrue(ids.contains(id), () -> "docs/bad-inputs.md row " + id + " has no test");
            }
        }
        assertFalse(ids.isEmpty());
    }

    private static byte[] withBom(byte[] body) {
        byte[] out = new byte[body.length + 3];
        out[0] = (byte) 0xef;
        out[1] = (byte) 0xbb;
        out[2] = (byte) 0xbf;
        System.arraycopy(body, 0, out, 3, body.length);
        return out;
    }

    private static String manyVertices() {
        String ring = "[" + "[119.1, 28.1], ".repeat(600_000) + "[119.1, 28.1]]";
        String feature = "{\"type\": \"Feature\", \"properties\": {\"adcode\": \"33010%d\", \"name\": \"x\"},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [" + ring + "]}}";
        return "{\"type\": \"FeatureCollection\", \"features\": [" + String.format(feature, 1) + ", " + String.format(feature, 2) + "]}";
    }

    /** The tiny province, with one file answering differently. */
    private abstract static class Wrapped implements DataLocation {
        final MemoryLocation tiny = MemoryLocation.tinyWith("unused", new byte[0]);

        @Override
        public InputStream open(String name) throws IOException {
            return tiny.open(name);
        }

        @Override
        public long size(String name) {
            return tiny.size(name);
        }

        @Override
        public String describe() {
            return "test";
        }
    }

    private static DataLocation without(String file) {
        return new Wrapped() {
            @Override
            public InputStream open(String name) throws IOException {
                if (name.equals(file)) {
                    throw new java.nio.file.NoSuchFileException(name);
                }
                return super.open(name);
            }
        };
    }

    /** The file gives its first half, then the read fails as when it is replaced on a network share. */
    private static DataLocation failingMidway(String file) {
        return new Wrapped() {
            @Override
            public InputStream open(String name) throws IOException {
                if (!name.equals(file)) {
                    return super.open(name);
                }
                byte[] b = MemoryLocation.tinyFile(file);
                ByteArrayInputStream half = new ByteArrayInputStream(b, 0, b.length / 2);
                return new InputStream() {
                    @Override
                    public int read() throws IOException {
                        int c = half.read();
                        if (c < 0) {
                            throw new IOException("Stale file handle");
                        }
                        return c;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = half.read(buf, off, len);
                        if (n <= 0) {
                            throw new IOException("Stale file handle");
                        }
                        return n;
                    }
                };
            }
        };
    }

    /** The file said it was small, but it keeps growing while it is read. */
    private static DataLocation endless(String file) {
        return new Wrapped() {
            @Override
            public InputStream open(String name) throws IOException {
                if (!name.equals(file)) {
                    return super.open(name);
                }
                return new InputStream() {
                    @Override
                    public int read() {
                        return ' ';
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) {
                        java.util.Arrays.fill(buf, off, off + len, (byte) ' ');
                        return len;
                    }
                };
            }
        };
    }

    private static DataLocation claimsSize(String file, long size) {
        return new Wrapped() {
            @Override
            public long size(String name) {
                return name.equals(file) ? size : super.size(name);
            }
        };
    }
}
