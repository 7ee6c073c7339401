package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.Fixtures;

class DataImportTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    private static String tinyFile(String name) throws IOException {
        return Files.readString(Fixtures.tinyRoot().resolve(name));
    }

    private static ImportReport check(String name, byte[] bytes) {
        return DataImport.check(name, bytes.length, () -> new ByteArrayInputStream(bytes), Fixtures.tiny(), TINY);
    }

    private static ImportReport check(String json) {
        return check("update.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static LoadProblem onlyError(ImportReport r) {
        assertFalse(r.ok());
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        return r.errors().get(0);
    }

    @Test
    void anUnchangedFileIsCleanAndChangesNothing() throws IOException {
        ImportReport r = check(tinyFile("data/pairings.json"));
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(ImportKind.PAIRINGS, r.kind());
        assertFalse(r.changesSomething());
        assertEquals("2026-01-01", r.dataDate());
    }

    @Test
    void reportsAddedChangedAndRemovedItemsWithTheChangedFields() throws IOException {
        String json = tinyFile("data/pairings.json")
                .replace("\"status\": \"unconfirmed\"", "\"status\": \"active\"")
                .replace("\"id\": \"PR01\"", "\"id\": \"PR07\"");
        ImportReport r = check(json);
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(List.of("PR07"), r.added());
        assertEquals(List.of("PR01"), r.removed());
        assertEquals(List.of(new ImportReport.Change("PR02", List.of(new ImportReport.FieldChange("status", "unconfirmed", "active")))),
                r.changed());
        assertEquals("active", r.result().pairings().get(1).status().name().toLowerCase());
    }

    @Test
    void aChangedNestedFieldIsNamedByItsPathWithItsOldAndNewValue() throws IOException {
        String json = tinyFile("data/pairings.json");
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\"year\": (\\d{4})").matcher(json);
        assertTrue(year.find(), "the fixture has a dated pairing");
        int was = Integer.parseInt(year.group(1));
        ImportReport r = check(json.substring(0, year.start()) + "\"year\": " + (was - 1) + json.substring(year.end()));
        assertTrue(r.ok(), () -> r.errors().toString());
        ImportReport.FieldChange f = r.changed().get(0).diffs().get(0);
        assertEquals(new ImportReport.FieldChange("since.year", Integer.toString(was), Integer.toString(was - 1)), f);
    }

    @Test
    void longValuesAreCutForTheReport() {
        String longText = "长".repeat(200);
        String shown = FieldDiff.describe(longText);
        assertEquals(FieldDiff.MAX_VALUE, shown.codePointCount(0, shown.length()));
        assertTrue(shown.endsWith("…"));
        assertEquals("龙泉 / Longquan", FieldDiff.describe(org.mountainsseas.model.Text.of("龙泉", "Longquan")));
        assertEquals("—", FieldDiff.describe(null));
    }

    @Test
    void wrongTypesNameTheFileItemAndField() throws IOException {
        LoadProblem p = onlyError(check(tinyFile("data/pairings.json").replace("\"status\": \"active\"", "\"status\": 3")));
        assertEquals("update.json", p.file());
        assertEquals("PR01", p.item());
        assertEquals("status", p.field());
        assertTrue(p.message().contains("expected text"), p.message());
    }

    @Test
    void unknownAdcodesAreRefused() throws IOException {
        LoadProblem p = onlyError(check(tinyFile("data/pairings.json").replace("\"partner\": \"330103\"", "\"partner\": \"330999\"")));
        assertEquals("partner", p.field());
        assertTrue(p.message().contains("unknown county adcode 330999"), p.message());
    }

    @Test
    void unknownSourcesAreRefused() throws IOException {
        LoadProblem p = onlyError(check(tinyFile("data/pairings.json").replace("\"s2\"", "\"nowhere\"")));
        assertEquals("sources[0]", p.field());
    }

    @Test
    void swappedLatitudeAndLongitudeAreCaught() throws IOException {
        String json = tinyFile("data/qingda-line.json");
        String swapped = json.replaceFirst("\"lat\": ([0-9.]+),(\\s*)\"lon\": ([0-9.]+)", "\"lat\": $3,$2\"lon\": $1");
        assertFalse(swapped.equals(json), "the fixture has lat then lon");
        ImportReport r = check(swapped);
        assertFalse(r.ok());
        assertTrue(r.errors().get(0).message().contains("swapped"), r.errors().toString());
    }

    @Test
    void gbkTextGetsAClearMessage() throws IOException {
        byte[] gbk = tinyFile("data/pairings.json").getBytes(Charset.forName("GBK"));
        LoadProblem p = onlyError(check("gbk.json", gbk));
        assertTrue(p.message().contains("not UTF-8"), p.message());
        assertNull(onlyErrorReport(gbk).result());
    }

    private static ImportReport onlyErrorReport(byte[] bytes) {
        return check("x.json", bytes);
    }

    @Test
    void aByteOrderMarkIsAccepted() throws IOException {
        byte[] body = tinyFile("data/pairings.json").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertTrue(check("bom.json", withBom).ok());
    }

    @Test
    void hugeArraysAreRefusedWithoutReadingEachItem() {
        StringBuilder b = new StringBuilder("{\"format\":\"mountainsseas/pairings\",\"version\":1,\"items\":[");
        for (int i = 0; i <= Cap.ITEMS.limit(); i++) {
            b.append(i == 0 ? "0" : ",0");
        }
        LoadProblem p = onlyError(check(b.append("]}").toString()));
        assertTrue(p.message().contains("cap"), p.message());
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(10_000) + "]".repeat(10_000);
        LoadProblem p = onlyError(check("{\"format\":\"mountainsseas/pairings\",\"version\":1,\"items\":" + deep + "}"));
        assertTrue(p.message().contains("nest"), p.message());
    }

    @Test
    void aTwoGigabyteFileIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path sparse = dir.resolve("huge.json");
        try (RandomAccessFile f = new RandomAccessFile(sparse.toFile(), "rw")) {
            f.setLength(2L * 1024 * 1024 * 1024);
        }
        ImportReport r = DataImport.check("huge.json", Files.size(sparse), () -> {
            throw new AssertionError("a file over the cap must not be opened");
        }, Fixtures.tiny(), TINY);
        assertTrue(onlyError(r).message().contains("size cap"), r.errors().toString());
    }

    @Test
    void aStreamLongerThanItsDeclaredSizeIsCutOffAtTheCap() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return ' ';
            }
        };
        ImportReport r = DataImport.check("pipe.json", -1, () -> endless, Fixtures.tiny(), TINY);
        assertTrue(onlyError(r).message().contains("size cap"), r.errors().toString());
    }

    @Test
    void notJsonOrAnUnknownFormatIsRefused() {
        assertTrue(onlyError(check("this is not json")).message().contains("not valid JSON"));
        LoadProblem p = onlyError(check("{\"format\":\"mountainsseas/counties\",\"version\":1,\"items\":[]}"));
        assertEquals("format", p.field());
        assertTrue(onlyError(check("[1,2]")).field().equals("format"));
        assertTrue(onlyError(check("")).message().contains("empty"));
    }

    @Test
    void aWrongVersionIsRefused() throws IOException {
        LoadProblem p = onlyError(check(tinyFile("data/pairings.json").replace("\"version\": 1", "\"version\": 2")));
        assertEquals("version", p.field());
    }

    @Test
    void duplicateIdsAreRefused() throws IOException {
        LoadProblem p = onlyError(check(tinyFile("data/pairings.json").replace("\"id\": \"PR02\"", "\"id\": \"PR01\"")));
        assertTrue(p.message().contains("duplicate"), p.message());
    }

    @Test
    void problemsTheImportCausesInOtherFilesAreErrorsToo() throws IOException {
        // pairing PR02 cites source s2; a sources file without it would leave that pairing unsupported
        String json = tinyFile("data/sources.json").replace("\"s2\"", "\"s9\"");
        ImportReport r = check(json);
        assertFalse(r.ok());
        assertTrue(r.errors().stream().anyMatch(p -> p.file().equals(DatasetReader.PAIRINGS) && "PR02".equals(p.item())),
                r.errors().toString());
    }

    @Test
    void exportedDataImportsBackAsTheSameData(@TempDir Path dir) throws IOException {
        Dataset before = new DatasetReader(Fixtures.tiny(), TINY).read().value();
        byte[] pairings = DataWriter.pairings(before.pairings(), before.dataDate());
        byte[] enclaves = DataWriter.enclaves(before.enclaves(), before.dataDate());
        ImportReport same = check("pairings.json", pairings);
        assertTrue(same.ok() && !same.changesSomething(), () -> same.errors() + " " + same.changed());
        ImportReport sameEnclaves = check("enclaves.json", enclaves);
        assertTrue(sameEnclaves.ok() && !sameEnclaves.changesSomething(), () -> sameEnclaves.errors() + " " + sameEnclaves.changed());

        // edit as an official would, in a text editor: one status changes
        String edited = new String(pairings, StandardCharsets.UTF_8).replace("\"unconfirmed\"", "\"historical\"");
        ImportReport r = check("pairings.json", edited.getBytes(StandardCharsets.UTF_8));
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(List.of("status"), r.changed().get(0).fields());
        assertEquals(List.of("PR02"), r.changed().stream().map(ImportReport.Change::id).toList());

        ImportStore store = new ImportStore(dir, org.mountainsseas.io.AtomicWriter::write);
        store.save(r);
        Dataset after = new DatasetReader(store.location(Fixtures.tiny()), TINY).read().value();
        assertEquals(r.result().pairings(), after.pairings());
        assertEquals(before.enclaves(), after.enclaves());
        assertEquals("historical", after.pairings().get(1).status().name().toLowerCase());
    }

    @Test
    void restoringBundledDataRemovesTheImport(@TempDir Path dir) throws IOException {
        ImportStore store = new ImportStore(dir, org.mountainsseas.io.AtomicWriter::write);
        ImportReport r = check(tinyFile("data/pairings.json").replace("\"unconfirmed\"", "\"historical\""));
        store.save(r);
        assertEquals(List.of(DatasetReader.PAIRINGS), store.imported());
        store.restoreBundled();
        assertTrue(store.imported().isEmpty());
        DataLocation base = Fixtures.tiny();
        assertEquals(base, store.location(base), "with nothing imported the bundled data are read as they are");
    }

    @Test
    void aReportWithErrorsCannotBeSaved(@TempDir Path dir) {
        ImportReport bad = check("nope");
        ImportStore store = new ImportStore(dir, org.mountainsseas.io.AtomicWriter::write);
        assertThrows(IllegalArgumentException.class, () -> store.save(bad));
        assertTrue(store.imported().isEmpty());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"httpfoo:/bin/sh", "http/../../../../etc/passwd", "file:///etc/passwd"})
    void aSourceUrlThatIsNotAWebAddressIsRefused(String url) throws IOException {
        ImportReport r = check(tinyFile("data/sources.json").replace("https://example.org/one", url));
        LoadProblem p = r.errors().get(0);
        assertEquals("update.json › s1 › url", p.describe().substring(0, p.describe().indexOf(':')));
        assertTrue(p.message().contains("(only http and https links can be opened)"), p.message());
    }
}
