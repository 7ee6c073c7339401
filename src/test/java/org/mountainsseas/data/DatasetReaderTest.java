package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.testing.Fixtures;

class DatasetReaderTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    private static LoadResult<Dataset> read(Path root) {
        return new DatasetReader(DataLocation.folder(root), TINY).read();
    }

    private static LoadProblem only(LoadResult<?> r) {
        assertEquals(1, r.problems().size(), () -> "problems: " + r.problems());
        return r.problems().get(0);
    }

    @Test
    void theTinyProvinceLoadsCleanly() {
        LoadResult<Dataset> r = new DatasetReader(Fixtures.tiny(), TINY).read();
        assertTrue(r.clean(), () -> r.problems().toString());
        Dataset d = r.value();
        assertEquals(5, d.counties().size());
        assertEquals(2, d.pairings().size());
        assertEquals(Set.of("330101", "330102"), d.mountainCounties(), "330102 left the list in 2024 but was on it in 2021");
        assertEquals(2, d.sources().size());
        assertNotNull(d.qingdaLine());
        assertNull(d.pairings().get(1).since(), "unknown stays unknown");
    }

    @Test
    void theBundledDataLoadsWithoutAProblem() {
        LoadResult<List<Boundary>> counties = GeoJsonReader.readCounties(DataLocation.bundled());
        assertTrue(counties.clean(), () -> counties.problems().toString());
        assertEquals(90, counties.value().size());
        Set<String> adcodes = new HashSet<>();
        counties.value().forEach(b -> adcodes.add(b.id()));
        assertTrue(adcodes.containsAll(Set.of("330113", "330114", "330383")), "临平, 钱塘 and 龙港 are present");
        assertTrue(!adcodes.contains("330103") && !adcodes.contains("330104"), "下城 and 江干 are gone");
        LoadResult<Dataset> r = new DatasetReader(DataLocation.bundled(), adcodes).read();
        assertTrue(r.clean(), () -> r.problems().toString());
        Dataset d = r.value();
        assertEquals(90, d.counties().size());
        assertEquals(26, d.mountainCounties().size());
        assertTrue(d.pairingsOf("330324").isEmpty(), "永嘉 has no known partner");
        assertTrue(d.pairingsOf("331022").isEmpty(), "三门 has no known partner");
        assertEquals(Set.of("330109", "330411"), d.partnersOf("331181"), "龙泉's partners are 萧山 and 秀洲");
        for (Pairing p : d.pairings()) {
            assertTrue(!p.provenance().sourceIds().isEmpty(), p.id() + " has sources");
        }
        d.counties().forEach(c -> assertTrue(!c.name().en().isBlank() && !c.name().zh().isBlank(), c.adcode()));
    }

    @Test
    void aPairingNamingAnUnknownAdcodeIsReportedAndLeftOut(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"partner\": \"330103\"", "\"partner\": \"330199\"");
        LoadResult<Dataset> r = read(root);
        LoadProblem p = only(r);
        assertEquals("data/pairings.json", p.file());
        assertEquals("PR01", p.item());
        assertEquals("partner", p.field());
        assertTrue(p.message().contains("unknown county adcode 330199"), p.message());
        assertEquals(1, r.value().pairings().size());
    }

    @Test
    void aDuplicateIdIsReported(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"id\": \"PR02\"", "\"id\": \"PR01\"");
        LoadProblem p = only(read(root));
        assertEquals("PR01", p.item());
        assertTrue(p.message().contains("duplicate"), p.message());
    }

    @Test
    void aMissingSourceIsReported(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/enclaves.json", "\"s2\"", "\"nowhere\"");
        LoadProblem p = only(read(root));
        assertEquals("data/enclaves.json", p.file());
        assertEquals("E01", p.item());
        assertEquals("sources[1]", p.field());
        assertTrue(p.message().contains("unknown source \"nowhere\""), p.message());
    }

    @Test
    void anEmptySourceListIsReported(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/projects.json", "\"sources\": [\n    \"s1\"\n   ]", "\"sources\": []");
        LoadProblem p = only(read(root));
        assertEquals("P01", p.item());
        assertEquals("sources", p.field());
    }

    @Test
    void aFileThatIsNotJsonIsReportedByName(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Files.writeString(root.resolve("data/timeline.json"), "<html>not json</html>");
        LoadProblem p = only(read(root));
        assertEquals("data/timeline.json", p.file());
        assertTrue(p.message().contains("not valid JSON"), p.message());
    }

    @Test
    void aFileOfTheWrongKindIsReported(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Files.copy(root.resolve("data/sources.json"), root.resolve("data/figures.json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        LoadProblem p = only(read(root));
        assertEquals("data/figures.json", p.file());
        assertEquals("format", p.field());
    }

    @Test
    void aMissingFileIsReported(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Files.delete(root.resolve("data/projects.json"));
        LoadProblem p = only(read(root));
        assertEquals("data/projects.json", p.file());
        assertTrue(p.message().contains("missing"), p.message());
    }

    @Test
    void aGbkEncodedFileIsReportedAsNotUtf8(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Path f = root.resolve("data/timeline.json");
        Files.write(f, Files.readString(f).getBytes(java.nio.charset.Charset.forName("GBK")));
        LoadProblem p = only(read(root));
        assertTrue(p.message().contains("not UTF-8"), p.message());
    }

    @Test
    void aByteOrderMarkIsTolerated(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Path f = root.resolve("data/timeline.json");
        byte[] body = Files.readAllBytes(f);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Files.write(f, withBom);
        assertTrue(read(root).clean());
    }

    @Test
    void swappedLatitudeAndLongitudeAreCaught(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/qingda-line.json", "\"lat\": 29.6,\n    \"lon\": 119.2", "\"lat\": 119.2,\n    \"lon\": 29.6");
        LoadProblem p = only(read(root));
        assertEquals("lat", p.field());
        assertTrue(p.message().contains("swapped"), p.message());
        assertNull(read(root).value().qingdaLine());
    }

    @Test
    void aWrongTypeNamesTheField(@TempDir Path dir) {
        Path root = Fixtures.tinyCopy(dir);
        Fixtures.edit(root, "data/pairings.json", "\"status\": \"active\"", "\"status\": 3");
        LoadProblem p = only(read(root));
        assertEquals("status", p.field());
        assertTrue(p.message().contains("expected text"), p.message());
    }

    @Test
    void deepNestingIsRefusedWithoutCrashing(@TempDir Path dir) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        Files.writeString(root.resolve("data/timeline.json"), "[".repeat(100_000));
        LoadProblem p = only(read(root));
        assertTrue(p.message().contains("nesting depth cap of 32 levels"), p.message());
    }
}
