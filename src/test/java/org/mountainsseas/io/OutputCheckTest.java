package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputCheckTest {

    @Test
    void aFolderThatTakesNoFilesIsNamed() {
        String p = OutputCheck.problem(Path.of("/proc/self/x.png"), false);
        assertTrue(p != null && p.startsWith("cannot write /proc/self/x.png: ") && p.contains("choose"), p);
    }

    @Test
    void aDeviceIsNeitherAFolderNorAFile() {
        String inside = OutputCheck.problem(Path.of("/dev/full/x.pdf"), false);
        assertEquals("cannot write /dev/full/x.pdf: /dev/full is a file or device, not a folder; choose a folder", inside);
        assertEquals("/dev/full is a file, not a folder: give a folder (a missing one is made)", OutputCheck.problem(Path.of("/dev/full"), true));
        assertTrue(OutputCheck.problem(Path.of("/dev/full"), false).contains("not an ordinary file"));
        assertTrue(OutputCheck.problem(Path.of("/dev/full/gis"), true).contains("/dev/full is a file or device, not a folder"));
    }

    @Test
    void aMissingFolderThatCanBeMadeIsFineAndNotMadeYet(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("new").resolve("sub").resolve("x.pdf");
        assertNull(OutputCheck.problem(target, false));
        assertNull(OutputCheck.problem(dir.resolve("gis"), true));
        assertFalse(Files.exists(dir.resolve("new")), "checking makes nothing");
        try (var left = Files.list(dir)) {
            assertEquals(0, left.count(), "the probe is removed");
        }
    }

    @Test
    void aFolderAsTheFileIsRefused(@TempDir Path dir) {
        assertEquals(dir.toAbsolutePath() + " is a folder: give a file name", OutputCheck.problem(dir, false));
    }

    @Test
    void aReadOnlyFolderIsRefused(@TempDir Path dir) throws Exception {
        Path ro = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // the superuser writes anywhere: permissions say nothing then, which is why the check probes
            Assumptions.assumeFalse(Files.isWritable(ro), "running as the superuser");
            String p = OutputCheck.problem(ro.resolve("x.pdf"), false);
            assertTrue(p != null && p.contains("no permission to write in " + ro), p);
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }
}
