package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up archive's recording run (tools/appcds.sh) goes on after the first frame as a user's
 * first minute does: once Skia is ready a selection and a pan are drawn and shown by Skia, so the
 * archive holds the classes of a Skia frame too. In a child JVM, as the recording run is.
 */
@Tag("ui")
class StartupTrainingTest {
    @Test
    void theRecordingRunDrawsASelectionAndAPanWithSkia(@TempDir Path dir) throws Exception {
        SnapshotCommandTest.Run r = SnapshotCommandTest.runWith(List.of("mountainsseas.raster=skia", "user.home=" + dir,
                org.mountainsseas.io.UserDataDir.PROPERTY + "=" + dir, StartupBenchmark.TRAINING + "=true"),
                "--benchmark-startup", "--lang", "en", "--size", "1000x700");
        assertEquals(0, r.exit(), r.err());
        String done = r.out().lines().filter(l -> l.startsWith("training-done ")).findFirst()
                .orElseThrow(() -> new AssertionError("the exercise did not finish: " + r.out() + r.err()));
        assertTrue(done.startsWith("training-done Skia "), done);
        assertTrue(r.err().contains("the map is drawn by Skia"), "Skia drew the exercise's frames: " + r.err());
        // the FX thread's own start-up cost, read from procfs on Linux (the build's platform), and the first frame's node count
        assertTrue(r.out().lines().anyMatch(l -> l.matches("startup-fx cpu-ms=[1-9][0-9]* map-paints=[1-9][0-9]* paint-ms=[0-9]+ scene-nodes=[1-9][0-9]*")),
                "the FX thread's CPU time and the map's paints before the first frame: " + r.out());
    }
}
