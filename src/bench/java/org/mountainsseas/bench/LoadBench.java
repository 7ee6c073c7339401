package org.mountainsseas.bench;

import java.nio.file.Path;
import org.mountainsseas.app.LayerCache;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;

/**
 * The start-up's load in a fresh JVM without the toolkit: read, parse, validate, index and derive the
 * bundled data (or the China-wide county layer), with the layer cache in a folder or without it.
 * Arguments: the cache folder ({@code -} for none), then the county file (optional). Prints one
 * {@code RESULT load_ms=… cache_used=0|1} line; waits for a cache write it started before exiting,
 * so the next run finds it.
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) {
        LayerCache cache = args[0].equals("-") ? null : LayerCache.in(Path.of(args[0]));
        Path stress = args.length > 1 ? Path.of(args[1]) : null;
        long t0 = System.nanoTime();
        World world = cache == null ? WorldLoader.load(DataLocation.bundled(), stress) : WorldLoader.load(DataLocation.bundled(), stress, cache);
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf(java.util.Locale.ROOT, "RESULT load_ms=%.1f cache_used=%d counties=%d%n", ms,
                cache == null ? 0 : cache.used(), world.atlas().countyCount());
        if (cache != null) {
            cache.awaitWrite();
            // the zoom bands, worked out at once here (no first frame to wait for), are kept for the next run
            cache.awaitBands();
        }
    }
}
