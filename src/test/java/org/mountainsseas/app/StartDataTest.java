package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataImport;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.Fixtures;

/**
 * Import accepts ⇒ the app starts: the import check and the start-up run the same validation, and a
 * kept import that fails it anyway (kept by an older version, changed by hand) makes the app start on
 * the base data with the reason, never a dead "could not start" screen.
 */
class StartDataTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    /** The tiny Qingda Line with its south end moved onto its north end. */
    static byte[] coincidingLine() throws Exception {
        String s = Files.readString(Fixtures.tinyRoot().resolve(DatasetReader.QINGDA_LINE));
        return s.replace("\"lat\": 27.9,\n    \"lon\": 120.9", "\"lat\": 29.6,\n    \"lon\": 119.2").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theImportCheckRefusesALineWhoseEndpointsCoincide(@TempDir Path dir) throws Exception {
        Path file = Files.write(dir.resolve("qingda-line.json"), coincidingLine());
        ImportReport r = DataImport.check(file, Fixtures.tiny(), TINY);
        assertFalse(r.ok(), "it used to say: the file is valid");
        assertEquals("qingda-line.json › Qingda Line › endpoints: the two endpoints coincide (0.000 km apart, at least 1 km needed):"
                + " give Qingliangfeng and Dayu their own places", r.errors().get(0).describe());
    }

    @Test
    void aKeptImportThatFailsTheChecksStartsTheAppOnTheBaseDataWithTheReason(@TempDir Path home) throws Exception {
        ImportStore store = new ImportStore(home, (t, b) -> Files.write(t, b));
        Files.createDirectories(home.resolve("data"));
        Files.write(home.resolve(DatasetReader.QINGDA_LINE), coincidingLine());
        World w = StartData.load(store, Fixtures.tiny(), null);
        World base = WorldLoader.load(Fixtures.tiny());
        assertEquals(base.dataset().qingdaLine(), w.dataset().qingdaLine(), "the base line, not the imported one");
        assertFalse(w.sides().isEmpty(), "the sides of the line are worked out");
        assertEquals(1, w.refusedImports().size());
        assertTrue(w.refusedImports().get(0).message().contains("coincide"), w.refusedImports().toString());
        String zh = ImportsRefusedNotice.problem(w.refusedImports()).describe(Language.ZH);
        assertTrue(zh.startsWith("导入的数据未通过启动时的检查"), zh);
    }

    @Test
    void aGoodKeptImportIsUsed(@TempDir Path home) throws Exception {
        ImportStore store = new ImportStore(home, (t, b) -> Files.write(t, b));
        Files.createDirectories(home.resolve("data"));
        String moved = Files.readString(Fixtures.tinyRoot().resolve(DatasetReader.QINGDA_LINE)).replace("\"lat\": 27.9", "\"lat\": 28.0");
        Files.writeString(home.resolve(DatasetReader.QINGDA_LINE), moved);
        World w = StartData.load(store, Fixtures.tiny(), null);
        assertTrue(w.refusedImports().isEmpty(), w.refusedImports().toString());
        assertEquals(28.0, w.dataset().qingdaLine().end().lat());
    }
}
