package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataImport;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.io.Settings;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.mode.kiosk.KioskConfig;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.Fixtures;
import org.mountainsseas.testing.NotFiles;

/**
 * Every reader of the app goes through the one way in: a named pipe (which hangs whoever opens it),
 * {@code /dev/zero} (which fills memory) or a folder in place of any file the app reads is refused
 * with its name, quickly, and the app carries on. Each case is a row of docs/bad-inputs.md.
 */
class NotAFileTest {
    private static final Duration QUICK = Duration.ofSeconds(20);
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    private static void hasProblem(java.util.List<LoadProblem> problems, String file, String words) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals(file) && p.message().contains(words)),
                () -> "expected " + file + ": " + words + " in " + problems);
    }

    private interface Breaker {
        void breakIt(Path file) throws Exception;
    }

    /** The tiny province under {@code dir} with {@code file} broken, loaded as at start-up. */
    private static World loadWith(Path dir, String file, Breaker breaker) throws Exception {
        Path root = Fixtures.tinyCopy(dir);
        breaker.breakIt(root.resolve(file));
        World w = assertTimeoutPreemptively(QUICK, () -> WorldLoader.load(DataLocation.folder(root)));
        hasProblem(w.problems(), file, "is a pipe, device or socket, not an ordinary file");
        return w;
    }

    @Test
    void aPipeInPlaceOfADataFile(@TempDir Path dir) throws Exception {
        World w = loadWith(dir, DatasetReader.PAIRINGS, NotFiles::fifo);
        assertFalse(w.dataset().counties().isEmpty(), "the rest still loads");
    }

    @Test
    void aPipeInPlaceOfTheBoundaries(@TempDir Path dir) throws Exception {
        loadWith(dir, GeoJsonReader.COUNTIES, NotFiles::fifo);
    }

    @Test
    void devZeroInPlaceOfADataFile(@TempDir Path dir) throws Exception {
        loadWith(dir, DatasetReader.TIMELINE, NotFiles::linkToZero);
    }

    @Test
    void aPipeAsTheSettingsFile(@TempDir Path dir) throws Exception {
        NotFiles.fifo(dir.resolve(Settings.FILE));
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.defaults(), assertTimeoutPreemptively(QUICK, store::load));
        assertTrue(store.warning().message().contains("is a pipe, device or socket"), store.warning().message());
        assertTrue(Files.exists(dir.resolve(Settings.FILE)), "left where it is");
    }

    @Test
    void devZeroAsTheSettingsFile(@TempDir Path dir) throws Exception {
        NotFiles.linkToZero(dir.resolve(Settings.FILE));
        SettingsStore store = new SettingsStore(dir);
        assertEquals(Settings.defaults(), assertTimeoutPreemptively(QUICK, store::load));
        assertNotNull(store.warning());
    }

    @Test
    void aPipeOrDevZeroAsTheKioskConfig(@TempDir Path dir) throws Exception {
        for (Path p : new Path[] {NotFiles.fifo(dir.resolve("kiosk.properties")), NotFiles.DEV_ZERO}) {
            KioskConfig c = assertTimeoutPreemptively(QUICK, () -> KioskConfig.read(p));
            assertTrue(c.warnings().stream().anyMatch(w -> w.contains("is a pipe, device or socket")), c.warnings().toString());
        }
    }

    @Test
    void aFolderAsTheKioskConfig(@TempDir Path dir) throws Exception {
        KioskConfig c = KioskConfig.read(NotFiles.folder(dir.resolve("kiosk.properties")));
        assertTrue(c.warnings().stream().anyMatch(w -> w.contains("is a folder")), c.warnings().toString());
    }

    @Test
    void aPipeOrDevZeroAsATour(@TempDir Path dir) throws Exception {
        TourReader reader = new TourReader(new DatasetReader(Fixtures.tiny(), TINY).read().value());
        for (Path p : new Path[] {NotFiles.fifo(dir.resolve("tour.json")), NotFiles.DEV_ZERO}) {
            LoadException e = assertThrows(LoadException.class, () -> assertTimeoutPreemptively(QUICK, () -> reader.read(p)));
            assertTrue(e.problem().message().contains("is a pipe, device or socket"), e.problem().message());
        }
    }

    @Test
    void importingAPipeOrDevZeroReturns(@TempDir Path dir) throws Exception {
        for (Path p : new Path[] {NotFiles.fifo(dir.resolve("pairings.json")), NotFiles.DEV_ZERO}) {
            ImportReport r = assertTimeoutPreemptively(QUICK, () -> DataImport.check(p, Fixtures.tiny(), TINY));
            assertFalse(r.ok());
            assertTrue(r.errors().get(0).message().contains("is a pipe, device or socket"), r.errors().toString());
        }
    }

    @Test
    void aPipeAmongTheKeptImports(@TempDir Path dir) throws Exception {
        ImportStore store = new ImportStore(dir, (t, b) -> { });
        Files.createDirectories(dir.resolve("data"));
        NotFiles.fifo(dir.resolve(DatasetReader.PAIRINGS));
        World w = assertTimeoutPreemptively(QUICK, () -> WorldLoader.load(store.location(Fixtures.tiny())));
        hasProblem(w.problems(), DatasetReader.PAIRINGS, "is a pipe, device or socket");
        store.restoreBundled();
        assertFalse(Files.exists(dir.resolve(DatasetReader.PAIRINGS), java.nio.file.LinkOption.NOFOLLOW_LINKS), "Restore removes it");
    }
}
