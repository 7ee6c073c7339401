package org.mountainsseas.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.mountainsseas.data.CacheFile;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.SourceFile;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.LayerCodec;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.io.UserDataDir;
import org.mountainsseas.model.LoadProblem;

/**
 * The layers a load derives after parsing and validating (see {@link LayerCodec}), kept between runs
 * in the user data folder's {@code cache} folder, one file per data location
 * ({@code layers-<hex>.bin}), so a start-up that finds the same source files skips parsing,
 * validating and deriving them. The zoom bands ({@link org.mountainsseas.geo.DetailBands}) are kept
 * beside it ({@code layers-<hex>.bands.bin}, same keys) and read, or worked out and written, only
 * once band work may start ({@link #bandsAfter}: in the app, once its first frame is on screen), so
 * neither reading nor working them out holds up the first frame. Keyed by the content of each source file read ({@link SourceFile#key})
 * and by the code that reads and derives them, so an edited file or a new version of the app never
 * meets an old cache. A cache that is damaged, cut short, of another format or made from other files
 * is ignored with one line on stderr and written again; a missing one silently. Writing is atomic and
 * off the caller's thread; a failed write is one line, never a failed start. Deleting the folder is safe.
 */
public final class LayerCache {
    /** No cache: every load parses and derives (checks, tests, exports). */
    static final LayerCache NONE = new LayerCache(null, s -> { });
    private static final int KIND = 0x4C415952; // "LAYR"
    private static final int BANDS_KIND = 0x42414E44; // "BAND"
    /** The classes whose code decides what a cache holds: a new build of any of them is another key. */
    private static final String[] CODE = {
        "org/mountainsseas/data/GeoJsonReader.class", "org/mountainsseas/data/Coords.class", "org/mountainsseas/data/JsonTree.class",
        "org/mountainsseas/geo/Atlas.class", "org/mountainsseas/geo/Shape.class", "org/mountainsseas/geo/WebMercator.class",
        "org/mountainsseas/geo/BorderNetwork.class", "org/mountainsseas/geo/QingdaSides.class", "org/mountainsseas/geo/LayerCodec.class",
        "org/mountainsseas/geo/DetailBands.class", "org/mountainsseas/geo/Detail.class",
        "org/mountainsseas/app/WorldLoader.class",
    };
    private static volatile Long codeKey;
    /** The last cache asked to keep zoom bands ({@link #keepBands}): what the process waits for before it exits. */
    private static volatile LayerCache lastKept;
    private final Path dir;
    private final Consumer<String> log;
    private final java.util.concurrent.atomic.AtomicInteger used = new java.util.concurrent.atomic.AtomicInteger();
    private final CompletionStage<?> bandsAfter;
    private volatile CompletableFuture<Void> lastWrite = CompletableFuture.completedFuture(null);
    private volatile CompletableFuture<Void> lastBands = CompletableFuture.completedFuture(null);

    LayerCache(Path dir, Consumer<String> log) {
        this(dir, log, CompletableFuture.completedFuture(null));
    }

    LayerCache(Path dir, Consumer<String> log, CompletionStage<?> bandsAfter) {
        this.dir = dir;
        this.log = log;
        this.bandsAfter = bandsAfter;
    }

    /** The cache in the user data folder ({@link UserDataDir}), logging to stderr; its bands wait for the app's first frame ({@link FirstFrame}). */
    static LayerCache inUserData() {
        return new LayerCache(UserDataDir.current().resolve("cache"), line -> System.err.println("mountains-and-seas: " + line),
                FirstFrame.shown());
    }

    /** A cache in this folder, logging to stderr (the benchmark's load runs). */
    public static LayerCache in(Path folder) {
        return new LayerCache(folder, line -> System.err.println("mountains-and-seas: " + line));
    }

    /** The folder, or null for {@link #NONE}. */
    Path folder() {
        return dir;
    }

    /** When the zoom bands of the atlases this cache loads may be read or worked out: at once, or (the app) after its first frame. */
    CompletionStage<?> bandsAfter() {
        return bandsAfter;
    }

    /** The file kept for loads from this place ({@code identity}: the location and its county file). */
    Path file(String identity) {
        return dir.resolve(String.format(Locale.ROOT, "layers-%016x.bin", SourceFile.key(identity.getBytes(StandardCharsets.UTF_8))));
    }

    /**
     * The key of a load: the county layer's extent, each source file's content, and the code. A
     * file that could not be read has no key: the load then parses and reports it, and keeps nothing.
     */
    static long[] keys(GeoJsonReader.Extent extent, SourceFile... sources) {
        long[] keys = new long[sources.length + 2];
        keys[0] = extent.ordinal();
        keys[1] = codeKey();
        for (int i = 0; i < sources.length; i++) {
            keys[i + 2] = sources[i].key();
        }
        return keys;
    }

    /** The layers kept for this identity and keys, or null (nothing kept, or kept but not usable: one log line). */
    LayerCodec.Layers read(String identity, long[] keys) {
        if (dir == null) {
            return null;
        }
        Path file = file(identity);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        try {
            ByteBuffer payload = CacheFile.unwrap(CacheFile.read(file), KIND, LayerCodec.VERSION, keys);
            LayerCodec.Layers layers = LayerCodec.decode(payload);
            used.incrementAndGet();
            return layers;
        } catch (LoadException e) {
            ignored(file, e.problem().message());
        } catch (CacheFile.Unusable | LayerCodec.Unreadable e) {
            ignored(file, e.getMessage());
        }
        return null;
    }

    private void ignored(Path file, String why) {
        log.accept("the layer cache " + file + " was not used (" + why + "); the data were read from their files and it is written again");
    }

    /**
     * Writes the layers for this identity and keys (the zoom bands apart: {@link #keepBands}) on a
     * background thread. The returned stage ends when all is written (or failed).
     */
    CompletableFuture<Void> store(String identity, long[] keys, Atlas atlas, List<LoadProblem> problems, LayerCodec.Derived derived) {
        if (dir == null) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = file(identity);
        CompletableFuture<Void> done = new CompletableFuture<>();
        Thread writer = new Thread(() -> {
            try {
                AtomicWriter.write(file, CacheFile.wrap(KIND, LayerCodec.VERSION, keys, LayerCodec.encode(atlas, problems, derived)));
            } catch (IOException | RuntimeException e) {
                cannotWrite(file, e);
            } finally {
                done.complete(null);
            }
        }, "layer-cache-writer");
        writer.setDaemon(true);
        lastWrite = done;
        writer.start();
        return done;
    }

    /**
     * Once band work may start ({@link #bandsAfter}), on the bands' own thread: gives the atlas the
     * zoom bands kept for this identity and keys, or works out those not kept and writes them all
     * (none kept yet, or a damaged bands file: one log line). Only an atlas whose layers came from
     * this cache ({@code layersKept}) reads them: bands beside layers that were not used were made
     * from other files. Maps showing the atlas take each band as it is ready. The returned stage
     * ends when the bands are known and written (or failed).
     */
    CompletableFuture<Void> keepBands(String identity, long[] keys, Atlas atlas, boolean layersKept) {
        if (dir == null) {
            return CompletableFuture.completedFuture(null);
        }
        Path file = bandsFile(identity);
        CompletableFuture<Void> done = atlas.bands().afterStart(() -> {
            if (layersKept && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                try {
                    LayerCodec.decodeBands(CacheFile.unwrap(CacheFile.read(file), BANDS_KIND, LayerCodec.VERSION, keys), atlas);
                } catch (LoadException e) {
                    ignored(file, e.problem().message());
                } catch (CacheFile.Unusable | LayerCodec.Unreadable e) {
                    ignored(file, e.getMessage());
                }
            }
            if (!atlas.bands().complete()) {
                atlas.bands().prepare();
                try {
                    AtomicWriter.write(file, CacheFile.wrap(BANDS_KIND, LayerCodec.VERSION, keys, LayerCodec.encodeBands(atlas)));
                } catch (IOException | RuntimeException e) {
                    cannotWrite(file, e);
                }
            }
        });
        lastBands = done;
        lastKept = this;
        return done;
    }

    /**
     * Called as the process ends (after the toolkit has stopped): if band work has started
     * ({@link #bandsAfter}), waits at most {@code max} for the last zoom bands asked for to be read
     * or worked out and written. A run that ends soon after its first frame ({@code --benchmark-startup},
     * {@code --snapshot}, a window closed at once) otherwise loses the bands' thread, a daemon, half-way,
     * and the next start works them out again. Returns whether nothing is left to write.
     */
    static boolean finishBandsBeforeExit(java.time.Duration max) {
        LayerCache cache = lastKept;
        return cache == null || cache.finishBands(max);
    }

    /** As {@link #finishBandsBeforeExit}, for this cache's last bands. */
    boolean finishBands(java.time.Duration max) {
        if (!bandsAfter.toCompletableFuture().isDone()) {
            // band work never started (no first frame): there is nothing half-done to wait for
            return lastBands.isDone();
        }
        try {
            lastBands.get(max.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (java.util.concurrent.ExecutionException e) {
            // the task logs its own failures; a failed one leaves nothing to wait for
            return true;
        }
    }

    /** The file kept beside {@link #file} for the zoom bands. */
    Path bandsFile(String identity) {
        Path layers = file(identity);
        return layers.resolveSibling(layers.getFileName().toString().replace(".bin", ".bands.bin"));
    }

    private void cannotWrite(Path file, Exception e) {
        log.accept("the layer cache " + file + " could not be written (" + org.mountainsseas.data.InputFile.reason(e)
                + "); the next start reads the data from their files again");
    }

    /** How many loads took their layers from this cache. */
    public int used() {
        return used.get();
    }

    /** Waits for the last write started to end (tests, and commands that exit right after loading). */
    public void awaitWrite() {
        lastWrite.join();
    }

    /** Waits for the last atlas's zoom bands to be read or worked out and written ({@link #keepBands}). */
    public void awaitBands() {
        lastBands.join();
    }

    /** The key of the code that reads and derives the layers (the classes' bytes), worked out once. */
    private static long codeKey() {
        Long k = codeKey;
        if (k == null) {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
            for (String name : CODE) {
                try (InputStream in = LayerCache.class.getClassLoader().getResourceAsStream(name)) {
                    all.write(name.getBytes(StandardCharsets.UTF_8));
                    if (in != null) {
                        all.write(in.readAllBytes());
                    }
                } catch (IOException e) {
                    // an unreadable class file only makes the key less specific; the classes are loaded anyway
                }
            }
            String jts = org.locationtech.jts.geom.Geometry.class.getPackage().getImplementationVersion();
            all.writeBytes(String.valueOf(jts).getBytes(StandardCharsets.UTF_8));
            k = SourceFile.key(all.toByteArray());
            codeKey = k;
        }
        return k;
    }
}
