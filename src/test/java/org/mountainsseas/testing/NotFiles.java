package org.mountainsseas.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Things that have a path but are not ordinary files: a real named pipe, a device, a folder. */
public final class NotFiles {
    /** A device that gives zeros for ever: read whole, it exhausts memory. */
    public static final Path DEV_ZERO = Path.of("/dev/zero");

    private NotFiles() {
    }

    /**
     * Makes a named pipe (FIFO) at {@code path} with {@code mkfifo}, replacing what was there. Opening it
     * for reading blocks until a writer comes, so any reader that opens it hangs.
     */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Files.deleteIfExists(path);
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
        return path;
    }

    /** Replaces the file at {@code path} with an empty folder of the same name. */
    public static Path folder(Path path) throws IOException {
        Files.deleteIfExists(path);
        return Files.createDirectories(path);
    }

    /** Replaces the file at {@code path} with a symbolic link to {@code /dev/zero}. */
    public static Path linkToZero(Path path) throws IOException {
        Files.deleteIfExists(path);
        return Files.createSymbolicLink(path, DEV_ZERO);
    }
}
