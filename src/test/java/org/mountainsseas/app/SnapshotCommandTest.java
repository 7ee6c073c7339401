package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command line in a child JVM (headless Monocle) and checks what it writes and how it exits. */
@Tag("ui")
class SnapshotCommandTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) throws IOException, InterruptedException {
        return runWith(List.of(), args);
    }

    /** As {@link #run}, with more system properties ({@code name=value}) for the child JVM. */
    static Run runWith(List<String> properties, String... args) throws IOException, InterruptedException {
        return runOn(System.getProperty("java.class.path"), properties, args);
    }

    /** As {@link #runWith}, on this class path. */
    static Run runOn(String classPath, List<String> properties, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("-cp");
        cmd.add(classPath);
        List<String> all = new ArrayList<>(List.of("glass.platform=Monocle", "monocle.platform=Headless", "prism.order=sw", "java.awt.headless=true"));
        all.addAll(properties);
        for (String p : all) {
            cmd.add("-D" + p);
        }
        cmd.add(Main.class.getName());
        cmd.addAll(List.of(args));
        Process process = new ProcessBuilder(cmd).start();
        process.getOutputStream().close();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the command did not finish in 120 s");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void theSnapshotCommandWritesAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("shot.png");
        Run r = run("--snapshot", png.toString(), "--select", "331181", "--lang", "zh", "--size", "1000x700");
        assertEquals(0, r.exit(), r.err());
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1000, image.getWidth());
        assertEquals(700, image.getHeight());
        // the map is drawn: the image is not one flat colour
        int first = image.getRGB(300, 350);
        boolean varied = false;
        for (int x = 0; x < 700 && !varied; x += 7) {
            varied = image.getRGB(x, 350) != first;
        }
        assertTrue(varied, "the snapshot shows a map");
    }

    @Test
    void anUnknownAdcodeExitsNonZeroWithOneLine(@TempDir Path dir) throws Exception {
        Run r = run("--snapshot", dir.resolve("x.png").toString(), "--select", "330199");
        assertNotEquals(0, r.exit());
        assertTrue(r.err().contains("unknown adcode 330199"), r.err());
        assertTrue(!r.err().contains("Exception"), "no stack trace: " + r.err());
    }

    @Test
    void theStartupBenchmarkReportsMillisecondsOnceEveryCountyIsDrawnAndExits() throws Exception {
        Run r = run("--benchmark-startup", "--size", "800x600");
        assertEquals(0, r.exit(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("startup-ms ")).findFirst().orElseThrow(
                () -> new AssertionError("no startup-ms line in: " + r.out()));
        long ms = Long.parseLong(line.substring("startup-ms ".length()).strip());
        assertTrue(ms > 0, line);
    }

    @Test
    void aBadArgumentExitsNonZeroWithOneLine() throws Exception {
        Run r = run("--size", "huge");
        assertEquals(2, r.exit());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("--size must look like 1920x1080"), r.err());
    }

    @Test
    void theStartupBenchmarkPrintsMillisecondsAndExits() throws Exception {
        Run r = run("--benchmark-startup");
        assertEquals(0, r.exit(), r.err());
        String line = r.out().lines().filter(l -> l.startsWith("startup-ms ")).findFirst()
                .orElseThrow(() -> new AssertionError("no startup-ms line in: " + r.out()));
        long ms = Long.parseLong(line.substring("startup-ms ".length()).strip());
        assertTrue(ms > 0, line);
    }
}
