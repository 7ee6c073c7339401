package org.mountainsseas.app;

import java.util.concurrent.CompletableFuture;
import org.mountainsseas.data.DataLocation;

/**
 * Starts loading the data as soon as the command line is known, so reading and indexing overlap
 * with the JavaFX toolkit's start-up instead of following it. The application takes the load
 * started for its options, or starts one if none was (e.g. when launched by a test).
 */
final class Preload {
    private static Options startedFor;
    private static CompletableFuture<World> pending;

    private Preload() {
    }

    /** Starts loading the world these options ask for, on a daemon thread. */
    static synchronized void start(Options options) {
        startedFor = options;
        pending = new CompletableFuture<>();
        CompletableFuture<World> future = pending;
        Thread loader = new Thread(() -> {
            try {
                DataLocation location = options.dataDir() != null ? DataLocation.folder(options.dataDir()) : DataLocation.bundled();
                future.complete(WorldLoader.load(location, options.benchmarkCounties()));
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }, "data-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** The load for these options: the one already started, or a new one. */
    static synchronized CompletableFuture<World> take(Options options) {
        if (pending == null || !options.equals(startedFor)) {
            start(options);
        }
        CompletableFuture<World> out = pending;
        pending = null;
        startedFor = null;
        return out;
    }
}
