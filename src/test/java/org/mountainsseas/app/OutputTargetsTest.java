package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every output of the command line is checked before any work: one line, a documented code, no stack trace. */
class OutputTargetsTest {

    private static OutputTargets.Refusal check(String... args) throws Exception {
        return OutputTargets.check(Options.parse(List.of(args)));
    }

    @Test
    void eachOutputIsCheckedWithItsCode(@TempDir Path dir) throws Exception {
        assertEquals(4, check("--snapshot", "/proc/self/x.png").code());
        assertEquals(7, check("--export-tour", "/dev/full/x.pdf").code());
        assertEquals(7, check("--export-tour", "/dev/full").code(), "a folder of PNGs");
        assertEquals(7, check("--export-tour", "/proc/self/tour.mp4").code());
        assertEquals(8, check("--export-map", "/dev/full/m.pdf").code());
        assertEquals(8, check("--export-atlas", "/proc/self/a.pdf").code());
        assertEquals(8, check("--export-gis", "/dev/full").code());
        assertEquals("--export-gis: /dev/full is a file, not a folder: give a folder (a missing one is made)",
                check("--export-gis", "/dev/full").message());
        assertNull(check("--export-gis", dir.resolve("new").toString(), "--export-map", dir.resolve("m.png").toString()));
    }

    @Test
    @Tag("ui")
    void theCommandLineSaysItInOneLineBeforeDrawingAnything(@TempDir Path dir) throws Exception {
        SnapshotCommandTest.Run r = SnapshotCommandTest.run("--snapshot", "/proc/self/x.png");
        assertEquals(4, r.exit(), r.err());
        assertTrue(r.err().startsWith("mountains-and-seas: --snapshot: cannot write /proc/self/x.png: "), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
        assertFalse(r.err().contains("Exception") || r.err().contains("\tat "), r.err());
        assertFalse(Files.exists(Path.of("/proc/self/x.png")));
    }
}
