package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Programme;
import org.mountainsseas.testing.Fixtures;

/** Cooperation beyond Zhejiang and the mountain–sea corridors are read and checked like every other fact. */
class BeyondReaderTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    private static LoadResult<Dataset> read(Path root) {
        return new DatasetReader(DataLocation.folder(root), TINY).read();
    }

    private static String problem(LoadResult<Dataset> r) {
        assertEquals(1, r.problems().size(), () -> r.problems().toString());
        String d = r.problems().get(0).describe();
        return d;
    }

    @Test
    void itemsBeyondZhejiangKeepTheirProgrammePlacesAndGiver() {
        LoadResult<Dataset> r = read(Fixtures.tinyRoot());
        assertTrue(r.clean(), () -> r.problems().toString());
        Outreach school = r.value().outreach().get(0);
        assertEquals(Programme.COUNTERPART_SUPPORT, school.programme());
        assertEquals("330102", school.zhejiang());
        assertEquals("659002", school.places().get(0).area());
        assertEquals(40.55, school.places().get(0).lat());
        Outreach seedlings = r.value().outreach().get(1);
        assertEquals(Programme.EAST_WEST, seedlings.programme());
        assertEquals("330100", seedlings.zhejiang(), "a city may be the giver");
        assertNull(seedlings.places().get(0).area(), "a province without a named county");
        Corridor rail = r.value().corridors().get(0);
        assertEquals(Corridor.Kind.RAILWAY, rail.kind());
        assertEquals(new Corridor.Point(30.2, 120.1), rail.path().get(0), "the file says [lon, lat]");
    }

    @Test
    void aGiverOutsideZhejiangIsRefused(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/beyond.json", "\"zhejiang\": \"330102\"", "\"zhejiang\": \"510000\"");
        LoadResult<Dataset> r = read(root);
        assertTrue(problem(r).startsWith("data/beyond.json › B01 › zhejiang: \"510000\" is not a Zhejiang county"), problem(r));
        assertEquals(1, r.value().outreach().size(), "the bad item is left out");
    }

    @Test
    void aCountyOutsideItsProvinceIsRefused(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/beyond.json", "\"area\": \"659002\"", "\"area\": \"513225\"");
        assertTrue(problem(read(root)).contains("B01 › places[0] › area: \"513225\" is not a county or city adcode in province 650000"),
                problem(read(root)));
    }

    @Test
    void aSwappedPointIsRefused(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/beyond.json", "\"lat\": 40.55,\n     \"lon\": 81.28", "\"lat\": 81.28,\n     \"lon\": 40.55");
        assertTrue(problem(read(root)).contains("B01 › places[0] › lat"), problem(read(root)));
    }

    @Test
    void anExactDateNeedsItsSourceHereToo(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/beyond.json", "\"qualifier\": \"by\",\n    \"source\": \"s1\",", "\"qualifier\": \"exact\",");
        assertTrue(problem(read(root)).startsWith("data/beyond.json › B01 › date.source"), problem(read(root)));
    }

    @Test
    void aCorridorPointGivenAsLatLonIsRefused(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/corridors.json", "120.1,\n     30.2", "30.2,\n     120.1");
        assertTrue(problem(read(root)).contains("L01 › path[0]: [30.2, 120.1] is outside"), problem(read(root)));
    }

    @Test
    void theExportReadsBackAsTheSameItems(@TempDir Path dir) throws java.io.IOException {
        Dataset before = read(Fixtures.tinyRoot()).value();
        Path root = Fixtures.tinyCopy(dir);
        java.nio.file.Files.write(root.resolve("data/beyond.json"), DataWriter.outreach(before.outreach(), before.dataDate()));
        java.nio.file.Files.write(root.resolve("data/corridors.json"), DataWriter.corridors(before.corridors(), before.dataDate()));
        LoadResult<Dataset> after = read(root);
        assertTrue(after.clean(), () -> after.problems().toString());
        assertEquals(before.outreach(), after.value().outreach());
        assertEquals(before.corridors(), after.value().corridors());
    }

    @Test
    void theProgrammeMustBeNamed(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/beyond.json", "\"programme\": \"east-west\"", "\"programme\": \"aid\"");
        assertTrue(problem(read(root)).contains("B02 › programme: \"aid\" is not one of east-west, counterpart-support, unstated"),
                problem(read(root)));
    }
}
