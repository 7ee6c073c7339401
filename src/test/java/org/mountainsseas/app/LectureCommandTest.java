package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lecture's command line, run in a child JVM: a step snapshot, and a bad tour's exit. */
@Tag("ui")
class LectureCommandTest {

    @Test
    void presentWithStepAndSnapshotWritesThatStep(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("step.png");
        SnapshotCommandTest.Run r = SnapshotCommandTest.run("--present", "--step", "8", "--theme", "print",
                "--snapshot", png.toString(), "--size", "1200x700", "--lang", "en");
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(700, image.getHeight());
    }

    @Test
    void aBadTourExitsSixWithFileStepAndField(@TempDir Path dir) throws Exception {
        Path tour = dir.resolve("broken-tour.json");
        String good = new String(getClass().getResourceAsStream("/assets/tours/mountains-and-seas.json").readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        Files.writeString(tour, good.replaceFirst("\"caipu26\"", "\"nosuchsource\""));
        SnapshotCommandTest.Run r = SnapshotCommandTest.run("--export-tour", dir.resolve("out").toString(),
                "--present", tour.toString());
        assertEquals(6, r.exit(), r.err());
        assertTrue(r.err().contains("broken-tour.json › step 4 (m26) › sources[0]"), r.err());
        assertFalse(r.err().contains("Exception"), "no stack trace: " + r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing was written");
    }

    @Test
    void aStepPastTheEndOfTheTourExitsTwoWithTheTourLength(@TempDir Path dir) throws Exception {
        SnapshotCommandTest.Run r = SnapshotCommandTest.run("--present", "--step", "999", "--snapshot", dir.resolve("s.png").toString(),
                "--size", "800x600");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().matches("(?s).*--step 999 is past the end: the tour has \\d+ steps \\(give 1 to \\d+\\).*"), r.err());
    }
}
