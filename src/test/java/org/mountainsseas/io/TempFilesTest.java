package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Leftovers of killed writes are removed; files that are not the app's, fresh ones and links are not. */
class TempFilesTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static Path file(Path dir, String name, Duration age) throws Exception {
        Files.createDirectories(dir);
        Path p = Files.writeString(dir.resolve(name), "x");
        Files.setLastModifiedTime(p, FileTime.from(NOW.minus(age)));
        return p;
    }

    @Test
    void staleTemporaryFilesOfTheAppAreRemovedAndNothingElse(@TempDir Path home) throws Exception {
        Path imports = home.resolve("imported");
        Duration old = Duration.ofHours(3);
        Path settingsTemp = file(home, ".settings.json.8123456789012345678.tmp", old);
        Path importTemp = file(imports.resolve("data"), ".pairings.json.4412345678901.tmp", old);
        Path videoTemp = file(imports, ".tour.mp4.k3j5x9z0abc.tmp", old);
        Path probe = file(imports, OutputCheck.PROBE_PREFIX + "123456.tmp", old);
        List<Path> kept = List.of(
                file(imports.resolve("data"), ".pairings.json.4412345678902.tmp", Duration.ofSeconds(30)),
                file(home, "notes.tmp", old),
                file(home, "settings.json.tmp", old),
                file(home, ".hidden", old),
                file(home, ".my notes.TMP", old),
                file(imports.resolve("data"), "pairings.json", old));
        Path outside = file(home.resolve("elsewhere"), "precious.txt", old);
        Path link = Files.createSymbolicLink(imports.resolve(".geo.json.123.tmp"), outside);

        List<Path> removed = TempFiles.sweep(imports, 3, NOW);
        removed = new java.util.ArrayList<>(removed);
        removed.addAll(TempFiles.sweep(home, 1, NOW));

        assertEquals(4, removed.size(), removed.toString());
        for (Path p : List.of(settingsTemp, importTemp, videoTemp, probe)) {
            assertFalse(Files.exists(p), p + " removed");
        }
        for (Path p : kept) {
            assertTrue(Files.exists(p), p + " kept");
        }
        assertTrue(Files.exists(link, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.exists(outside), "a link is not ours to follow or remove");
    }

    @Test
    void aMissingFolderIsNothingToDo(@TempDir Path home) {
        assertEquals(List.of(), TempFiles.sweep(home.resolve("none"), 3, NOW));
    }

    @Test
    void theWritersNamesAreRecognised(@TempDir Path dir) throws Exception {
        // whatever AtomicWriter names its temporary files today is swept: take them from a write that fails half-way
        List<String> names = new java.util.ArrayList<>();
        AtomicWriter.Steps failing = new AtomicWriter.Steps() {
            @Override
            public void writeAndSync(Path file, byte[] bytes) throws java.io.IOException {
                names.add(file.getFileName().toString());
                throw new java.io.IOException("killed");
            }

            @Override
            public void rename(Path from, Path to) {
            }
        };
        try {
            AtomicWriter.write(dir.resolve("settings.json"), new byte[1], failing);
        } catch (java.io.IOException expected) {
            // the temporary file's name is what matters
        }
        try (AtomicWriter.Staged staged = AtomicWriter.stage(dir.resolve("tour.mp4"))) {
            names.add(staged.temp().getFileName().toString());
        }
        assertEquals(2, names.size());
        for (String n : names) {
            assertTrue(TempFiles.ours(n), n);
        }
    }
}
