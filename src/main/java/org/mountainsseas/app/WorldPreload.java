package org.mountainsseas.app;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;

/**
 * Starts loading the {@link World} from {@code main()}, on a background thread, while the JVM is
 * still starting JavaFX: on two cores the load (about as long as JavaFX's start-up) then mostly
 * overlaps it instead of following it. The application takes the load if it asks for the same data;
 * otherwise (or when started without {@link Main}, as in tests) it loads afresh.
 */
final class WorldPreload {
    private static volatile WorldPreload started;
    private final DataLocation location;
    private final Path counties;
    private final CompletableFuture<World> world;

    private WorldPreload(ImportStore store, DataLocation base, Path counties) {
        this.location = store.location(base);
        this.counties = counties;
        this.world = new CompletableFuture<>();
        Thread loader = new Thread(() -> {
            try {
                // a write killed half-way (kill -9 during an import) leaves a temporary file: gone before anything is read
                org.mountainsseas.io.TempFiles.sweep(org.mountainsseas.io.UserDataDir.current(), 1, java.time.Instant.now());
                org.mountainsseas.io.TempFiles.sweep(store.root(), 3, java.time.Instant.now());
                LayerCache cache = LayerCache.inUserData();
                org.mountainsseas.io.TempFiles.sweep(cache.folder(), 1, java.time.Instant.now());
                World loaded = StartData.load(store, base, counties, cache);
                if (cache.used() > 0) {
                    StartupTrace.mark("layers-from-cache");
                }
                StartupTrace.mark("data-loaded");
                world.complete(loaded);
            } catch (Throwable e) {
                world.completeExceptionally(e);
            }
        }, "data-loader");
        loader.setDaemon(true);
        loader.start();
    }

    /** Starts loading the data the options name, imports included; returns that load. */
    static CompletableFuture<World> start(Options options, ImportStore store) {
        WorldPreload p = new WorldPreload(store, base(options), options.benchmarkCounties());
        started = p;
        return p.world;
    }

    /** The data the app starts with: {@code --data-dir}, or the bundled data. */
    static DataLocation base(Options options) {
        return options.dataDir() != null ? DataLocation.folder(options.dataDir()) : DataLocation.bundled();
    }

    /** The load started for these data (the store's imports over {@code base}), or a new one; each started load is taken once. */
    static CompletableFuture<World> take(ImportStore store, DataLocation base, Path counties) {
        WorldPreload p = started;
        started = null;
        if (p != null && p.location.describe().equals(store.location(base).describe()) && Objects.equals(p.counties, counties)) {
            return p.world;
        }
        return new WorldPreload(store, base, counties).world;
    }
}
