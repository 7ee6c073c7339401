package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app asked to draw with Skia ({@code -Dmountainsseas.raster=skia}) without Skia's native library
 * (its runtime jar left off the class path, as on a platform Skiko does not ship for): it still draws
 * the map, with JavaFX, and says so in one warning line, with no stack trace. With the jar it draws
 * with Skia and says that instead.
 */
@Tag("ui")
class SkiaFallbackTest {
    private static final String WARNING = "warning: Skia is not available";
    private static final String SKIA = "mountainsseas.raster=skia";

    private static String classPathWithoutSkiaRuntime() {
        String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
        String kept = Arrays.stream(entries).filter(e -> !e.contains("skiko-awt-runtime")).collect(Collectors.joining(File.pathSeparator));
        assertNotEquals(entries.length, kept.split(File.pathSeparator).length, "the test class path has Skia's runtime jar to leave off");
        return kept;
    }

    /** Whether the map area shows more than one colour (the map is drawn). */
    private static boolean mapDrawn(BufferedImage image) {
        int first = image.getRGB(300, 350);
        for (int x = 0; x < 700; x += 7) {
            if (image.getRGB(x, 350) != first) {
                return true;
            }
        }
        return false;
    }

    @Test
    void withoutTheNativeLibraryTheMapIsDrawnByJavaFxAfterOneWarning(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shot.png");
        SnapshotCommandTest.Run r = SnapshotCommandTest.runOn(classPathWithoutSkiaRuntime(), List.of("user.home=" + dir, SKIA),
                "--snapshot", png.toString(), "--select", "331181", "--lang", "en", "--size", "1000x700");
        assertEquals(0, r.exit(), r.err());
        assertTrue(mapDrawn(ImageIO.read(png.toFile())), "the snapshot shows a map");
        assertEquals(1, r.err().lines().filter(l -> l.contains(WARNING)).count(), r.err());
        // drawn by the JavaFX canvas: no renderer off the FX thread says it drew
        assertFalse(r.err().contains("off the FX thread"), r.err());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception in"), "no stack trace: " + r.err());
    }

    @Test
    void withTheNativeLibraryTheMapIsDrawnBySkia(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shot.png");
        SnapshotCommandTest.Run r = SnapshotCommandTest.runWith(List.of(SKIA), "--snapshot", png.toString(), "--lang", "en", "--size", "1000x700");
        assertEquals(0, r.exit(), r.err());
        assertTrue(mapDrawn(ImageIO.read(png.toFile())), "the snapshot shows a map");
        assertTrue(r.err().contains("the map is drawn by Skia"), r.err());
        assertFalse(r.err().contains(WARNING), r.err());
    }
}
