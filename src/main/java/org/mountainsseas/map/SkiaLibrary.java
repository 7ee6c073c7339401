package org.mountainsseas.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Loads Skia's native library (JetBrains' Skiko) once per process, off the FX thread, and says
 * whether it loaded. Skiko looks for it in {@code skiko.library.path} (the app image sets this to its
 * own folder), then beside the Java runtime, then copies it out of its runtime jar into
 * {@code skiko.data.path} ({@code ~/.skiko} by default); where the home folder is missing or
 * read-only that copy goes to the temporary folder instead. Anything that goes wrong (no runtime
 * jar, a library that does not link, any error of the loader) is caught, and the app draws with
 * JavaFX (docs/install.md, "Renderer").
 */
final class SkiaLibrary {
    private static CompletableFuture<String> loading;
    private static long startedAt;
    private static volatile long warmUpNanos;
    private static final java.util.concurrent.atomic.AtomicBoolean WARNED = new java.util.concurrent.atomic.AtomicBoolean();

    private SkiaLibrary() {
    }

    /**
     * Starts loading the library on a daemon thread if nothing has; the result is null once it has
     * loaded, or why it did not (one line).
     */
    static synchronized CompletableFuture<String> load() {
        if (loading == null) {
            startedAt = System.currentTimeMillis();
            loading = new CompletableFuture<>();
            Thread t = new Thread(() -> loading.complete(loadNow()), "skia-load");
            t.setDaemon(true);
            t.start();
        }
        return loading;
    }

    private static String loadNow() {
        try {
            prepareProperties();
            // the first Skia class loads the library (org.jetbrains.skiko.Library) and checks it links
            try (org.jetbrains.skia.Surface probe = org.jetbrains.skia.Surface.Companion.makeRasterN32Premul(1, 1)) {
                probe.getCanvas().clear(0);
            }
        } catch (Throwable t) {
            // a missing runtime jar or native library shows as an error, not an exception: catch all
            return describe(t);
        }
        warmUp();
        return null;
    }

    /**
     * Draws one small frame off screen ({@link SkiaWarmUp}) before the load is said to be done, so the
     * map's first Skia frame finds the classes and Skia's caches warm. A failure here is left to that
     * frame, which falls back to the canvas with its own warning.
     */
    private static void warmUp() {
        long start = System.nanoTime();
        try {
            SkiaWarmUp.draw();
        } catch (Throwable t) {
            // the map's first frame tries again and says why if Skia cannot draw
        }
        warmUpNanos = System.nanoTime() - start;
    }

    /** How long the warm-up frame took, in ms (0 before it has run; for the benchmark). */
    static double warmUpMillis() {
        return warmUpNanos / 1e6;
    }

    /** When the load started (epoch ms), or 0 if it has not (for the start-up benchmark). */
    static synchronized long startedAt() {
        return startedAt;
    }

    /** Whether the library has been tried and the try has ended (loaded or failed); never starts a load. */
    static synchronized boolean tried() {
        return loading != null && loading.isDone();
    }

    /** Why the library did not load, once that is known; null if it loaded, is loading or has not been tried (never starts a load). */
    static synchronized String knownFailure() {
        return tried() ? loading.join() : null;
    }

    /** Prints the one warning line of the process that Skia is not used, and why. */
    static void warnOnce(String reason) {
        if (WARNED.compareAndSet(false, true)) {
            System.err.println("mountains-and-seas: warning: Skia is not available (" + reason
                    + "); the map is drawn by JavaFX instead (docs/install.md, \"Renderer\")");
        }
    }

    /** A failure in one line: its kind and the first line of its message. */
    static String describe(Throwable t) {
        // the first Skia class fails in its static initialiser: the loader's own error is the cause
        while ((t instanceof ExceptionInInitializerError || t.getMessage() == null) && t.getCause() != null) {
            t = t.getCause();
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message.lines().findFirst().orElse(""));
    }

    /** Settings Skiko reads when it loads, unless the user set them. */
    private static void prepareProperties() {
        // Skiko's Swing helpers are not used: no frame-watcher thread, no change to AWT's background erasing
        System.getProperties().putIfAbsent("skiko.gc.auto", "false");
        System.getProperties().putIfAbsent("skiko.rendering.noerasebackground", "false");
        if (System.getProperty("skiko.library.path") == null && System.getProperty("skiko.data.path") == null) {
            Path home = Path.of(System.getProperty("user.home", "."));
            Path skiko = home.resolve(".skiko");
            boolean writable = Files.isDirectory(skiko) ? Files.isWritable(skiko) : Files.isWritable(home);
            if (!writable) {
                System.setProperty("skiko.data.path", Path.of(System.getProperty("java.io.tmpdir"), "skiko-" + System.getProperty("user.name", "user")).toString());
            }
        }
    }
}
