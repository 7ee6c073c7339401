package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.io.UserDataDir;

/**
 * The real command line with a kept import that used to brick every start: a {@code qingda-line.json}
 * whose endpoints coincide, saved under {@code imported/data/} by a version whose check passed it.
 * The app now starts on the bundled data and says why; no Java exception text reaches the user.
 */
@Tag("ui")
class BrickedImportCommandTest {

    @Test
    void theAppStartsOnTheBundledDataAndSaysWhy(@TempDir Path home) throws Exception {
        String line = Files.readString(Path.of("assets", DatasetReader.QINGDA_LINE))
                .replace("\"lat\": 27.43306", "\"lat\": 30.1322").replace("\"lon\": 120.60944", "\"lon\": 119.0314");
        Path kept = home.resolve("imported").resolve(DatasetReader.QINGDA_LINE);
        Files.createDirectories(kept.getParent());
        Files.writeString(kept, line);
        Path png = home.resolve("shot.png");
        SnapshotCommandTest.Run r = SnapshotCommandTest.runWith(List.of(UserDataDir.PROPERTY + "=" + home),
                "--snapshot", png.toString(), "--size", "800x600");
        assertEquals(0, r.exit(), r.err());
        assertTrue(Files.size(png) > 0);
        assertTrue(r.err().contains("data problem: data/qingda-line.json: the imported data were not used, the bundled data are shown:"
                + " data/qingda-line.json › Qingda Line › endpoints: the two endpoints coincide"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aBadLineUnderDataDirIsAProblemNotAJavaException(@TempDir Path dir) throws Exception {
        Path root = org.mountainsseas.testing.Fixtures.tinyCopy(dir.resolve("data-dir"));
        org.mountainsseas.testing.Fixtures.edit(root, DatasetReader.QINGDA_LINE, "\"lat\": 27.9,\n    \"lon\": 120.9",
                "\"lat\": 29.6,\n    \"lon\": 119.2");
        SnapshotCommandTest.Run r = SnapshotCommandTest.runWith(List.of(UserDataDir.PROPERTY + "=" + dir.resolve("home")),
                "--snapshot", dir.resolve("shot.png").toString(), "--size", "800x600", "--data", root.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.err().contains("data/qingda-line.json › Qingda Line › endpoints: the two endpoints coincide"), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }
}
