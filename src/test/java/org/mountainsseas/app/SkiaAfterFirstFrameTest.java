package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interactive start with Skia asked for (the default), in a child JVM: the first frame is the
 * canvas's, Skia's library starts loading only after it, and with nothing changed on the map Skia draws
 * no frame, so the picture at rest never changes by itself ({@code --benchmark-startup} stays
 * three seconds after its first frame, and waits for {@code skia-ready-at}).
 */
@Tag("ui")
class SkiaAfterFirstFrameTest {
    private static long at(String out, String key) {
        return out.lines().filter(l -> l.startsWith(key + " ")).mapToLong(l -> Long.parseLong(l.substring(key.length() + 1).strip()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " line in:\n" + out));
    }

    @Test
    void skiaLoadsAfterTheCanvasFrameAndLeavesItUpAtRest(@TempDir Path dir) throws Exception {
        SnapshotCommandTest.Run r = SnapshotCommandTest.runWith(List.of("mountainsseas.raster=skia", "user.home=" + dir,
                org.mountainsseas.io.UserDataDir.PROPERTY + "=" + dir), "--benchmark-startup", "--lang", "en", "--size", "1000x700");
        assertEquals(0, r.exit(), r.err());
        long firstFrame = at(r.out(), "startup-at"), skiaLoad = at(r.out(), "skia-load-at");
        assertTrue(skiaLoad >= firstFrame, "Skia's library starts loading only after the first frame: " + r.out());
        assertFalse(r.err().contains("the map is drawn by Skia"), "no Skia frame replaces the canvas's at rest: " + r.err());
        assertFalse(r.err().contains("Skia is not available"), r.err());
    }
}
