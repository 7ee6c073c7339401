package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.mountainsseas.data.CacheFile;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.LayerCodec;
import org.mountainsseas.testing.Fixtures;
import org.mountainsseas.testing.NotFiles;
import org.mountainsseas.testing.SameLayers;

/**
 * The layer cache never changes what the app shows: a load that takes its layers from the cache gives
 * the very layers of a load that parses, for the bundled data, {@code --data DIR}, imports and the
 * benchmark's county file; and a cache that cannot be used (damaged, cut short, of another version or
 * key, hostile, not a file) is ignored with one log line, the data are parsed, and the cache is written again.
 */
class LayerCacheTest {
    private final List<String> log = new ArrayList<>();

    private LayerCache cache(Path dir) {
        return new LayerCache(dir.resolve("cache"), log::add);
    }

    static void assertSameWorld(World expected, World actual) {
        SameLayers.assertSameAtlas(expected.atlas(), actual.atlas());
        assertEquals(expected.sides(), actual.sides());
        assertEquals(new ArrayList<>(expected.sides().keySet()), new ArrayList<>(actual.sides().keySet()), "sides in order");
        SameLayers.assertSameOutlines(expected.cityOutlines(), actual.cityOutlines());
        assertEquals(expected.problems(), actual.problems());
        // the facts are read from their files either way (only the layers are cached)
        assertEquals(expected.dataset().counties(), actual.dataset().counties());
        assertEquals(expected.dataset().pairings(), actual.dataset().pairings());
    }

    /** Loads twice with the cache (the first writes it, the second uses it); both the same as a load without. */
    private World twice(DataLocation data, Path stress, LayerCache cache) {
        World parsed = WorldLoader.load(data, stress, LayerCache.NONE);
        World first = WorldLoader.load(data, stress, cache);
        cache.awaitWrite();
        cache.awaitBands();
        int before = cache.used();
        World second = WorldLoader.load(data, stress, cache);
        cache.awaitBands();
        assertEquals(before + 1, cache.used(), "the second load took its layers from the cache");
        assertSameWorld(parsed, first);
        assertSameWorld(parsed, second);
        return second;
    }

    /** The cache file a load wrote, its bytes and the keys in its envelope. */
    private record Written(Path file, byte[] bytes, long[] keys) {
    }

    private static Written loadAndWrite(DataLocation data, LayerCache cache, Path home) throws Exception {
        WorldLoader.load(data, null, cache);
        cache.awaitWrite();
        cache.awaitBands();
        Path file;
        try (var files = Files.list(home.resolve("cache"))) {
            file = files.filter(f -> !f.getFileName().toString().endsWith(".bands.bin")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(file);
        ByteBuffer header = ByteBuffer.wrap(bytes);
        header.position(8 + 4 + 4);
        long[] keys = new long[header.getInt()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = header.getLong();
        }
        return new Written(file, bytes, keys);
    }

    @Test
    void theBundledDataLoadTheSameWithTheCacheAsWithout(@TempDir Path home) {
        LayerCache cache = cache(home);
        World w = twice(DataLocation.bundled(), null, cache);
        assertEquals(90, w.atlas().countyCount());
        assertEquals(List.of(), log);
    }

    @Test
    void theZoomBandsAreWorkedOutOnceKeptBesideTheLayersAndReadBack(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        World first = WorldLoader.load(DataLocation.bundled(), null, cache);
        cache.awaitWrite();
        cache.awaitBands();
        assertTrue(first.atlas().bands().complete(), "the first load worked the bands out, for its own map too");
        Path bands;
        try (var files = Files.list(home.resolve("cache"))) {
            bands = files.filter(f -> f.getFileName().toString().endsWith(".bands.bin")).findFirst().orElseThrow();
        }
        long written = Files.getLastModifiedTime(bands).toMillis();
        byte[] kept = Files.readAllBytes(bands);
        World second = WorldLoader.load(DataLocation.bundled(), null, cache);
        cache.awaitBands();
        assertTrue(second.atlas().bands().complete(), "the second load read every band back");
        SameLayers.assertSameBands(WorldLoader.load(DataLocation.bundled(), null, LayerCache.NONE).atlas(), second.atlas());
        assertEquals(written, Files.getLastModifiedTime(bands).toMillis(), "read, not written again");
        assertTrue(java.util.Arrays.equals(kept, Files.readAllBytes(bands)));
        assertEquals(List.of(), log);
    }

    /** The bands file beside the one layers file the cache holds, once that is written. */
    private static Path bandsFileOfTheOneLoad(LayerCache cache) throws java.io.IOException {
        cache.awaitWrite();
        Path layers;
        try (var files = Files.list(cache.folder())) {
            layers = files.findFirst().orElseThrow();
        }
        return layers.resolveSibling(layers.getFileName().toString().replace(".bin", ".bands.bin"));
    }

    @Test
    void theBandsAreNeitherReadNorWorkedOutBeforeTheFirstFrame(@TempDir Path home) throws Exception {
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        LayerCache cache = new LayerCache(home.resolve("cache"), log::add, firstFrame);
        World parsed = WorldLoader.load(DataLocation.bundled(), null, cache);
        Path bands = bandsFileOfTheOneLoad(cache);
        // a map asks for a band meanwhile: it draws the full shapes, and the band waits too
        assertSame(parsed.atlas().fullDetail(), parsed.atlas().detail(Math.pow(2, 4) * 0.9, () -> { }));
        assertTrue(!Files.exists(bands) && !parsed.atlas().bands().complete(), "the layers are written at once, the bands wait");
        firstFrame.complete(null);
        cache.awaitBands();
        assertTrue(parsed.atlas().bands().complete() && Files.exists(bands), "then they are worked out and kept");
        // a later start: its layers come from the cache, its bands too, once its first frame is on screen
        CompletableFuture<Void> later = new CompletableFuture<>();
        LayerCache again = new LayerCache(home.resolve("cache"), log::add, later);
        World cached = WorldLoader.load(DataLocation.bundled(), null, again);
        assertEquals(1, again.used());
        assertTrue(!cached.atlas().bands().complete(), "no band is read with the layers");
        later.complete(null);
        again.awaitBands();
        SameLayers.assertSameBands(parsed.atlas(), cached.atlas());
        assertEquals(List.of(), log);
    }

    @Test
    void aProcessEndingSoonAfterItsFirstFrameWritesTheBandsFirst(@TempDir Path home) throws Exception {
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        LayerCache cache = new LayerCache(home.resolve("cache"), log::add, firstFrame);
        World parsed = WorldLoader.load(DataLocation.bundled(), null, cache);
        Path bands = bandsFileOfTheOneLoad(cache);
        // no first frame: band work never started, so an ending process does not wait for it
        assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> !cache.finishBands(Duration.ofSeconds(60))),
                "nothing started, nothing waited for");
        assertTrue(!Files.exists(bands));
        firstFrame.complete(null);
        // the process ends at once (a --benchmark-startup or --snapshot run): the bands are written before it goes
        assertTrue(cache.finishBands(Duration.ofSeconds(60)), "the bands were finished");
        assertTrue(Files.exists(bands) && parsed.atlas().bands().complete(), "and kept for the next start");
        assertEquals(List.of(), log);
    }

    @Test
    void aMissingOrDamagedBandsFileIsWorkedOutAndWrittenAgain(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        DataLocation data = DataLocation.bundled();
        World parsed = WorldLoader.load(data, null, LayerCache.NONE);
        long[] keys = {4, 5, 6};
        Path file = cache.bandsFile("here");
        cache.keepBands("here", keys, parsed.atlas(), true).join();
        byte[] good = Files.readAllBytes(file);
        Files.delete(file);
        Atlas fresh = WorldLoader.load(data, null, LayerCache.NONE).atlas();
        cache.keepBands("here", keys, fresh, true).join();
        assertTrue(fresh.bands().complete());
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "written again, the same");
        assertEquals(List.of(), log);
        byte[] damaged = good.clone();
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(file, damaged);
        Atlas third = WorldLoader.load(data, null, LayerCache.NONE).atlas();
        cache.keepBands("here", keys, third, true).join();
        assertTrue(third.bands().complete());
        assertEquals(1, log.size(), "one line: " + log);
        assertTrue(log.get(0).contains("was not used"), log.get(0));
        assertTrue(java.util.Arrays.equals(good, Files.readAllBytes(file)), "written again");
    }

    @Test
    void aDataFolderAndTheBenchmarksCountyFileLoadTheSame(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        Path data = Fixtures.tinyCopy(Files.createDirectories(home.resolve("data")));
        twice(DataLocation.folder(data), null, cache);
        // a county file given as the benchmark gives the China-wide one (any six-digit adcode, China's extent)
        twice(DataLocation.bundled(), data.resolve(GeoJsonReader.COUNTIES), cache);
        try (var files = Files.list(home.resolve("cache"))) {
            assertEquals(2, files.filter(f -> !f.getFileName().toString().endsWith(".bands.bin")).count(),
                    "one file of layers for each place the data come from (and one of its bands beside it)");
        }
        assertEquals(List.of(), log);
    }

    @Test
    void anEditedCountyFileIsNeverMetByItsOldCache(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        Path data = Fixtures.tinyCopy(Files.createDirectories(home.resolve("data")));
        twice(DataLocation.folder(data), null, cache);
        String file = Files.readString(data.resolve(GeoJsonReader.COUNTIES));
        Files.writeString(data.resolve(GeoJsonReader.COUNTIES), file.replaceFirst("119\\.", "119.0"));
        World edited = WorldLoader.load(DataLocation.folder(data), null, cache);
        cache.awaitWrite();
        cache.awaitBands();
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("made from other source files"), log.get(0));
        assertSameWorld(WorldLoader.load(DataLocation.folder(data), null, LayerCache.NONE), edited);
        twice(DataLocation.folder(data), null, cache);
    }

    @Test
    void anImportedLineIsUsedAndItsSidesAreWorkedOutAgain(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        twice(Fixtures.tiny(), null, cache);
        ImportStore store = new ImportStore(home.resolve("imported"), (t, b) -> {
            Files.createDirectories(t.getParent());
            Files.write(t, b);
        });
        String line = Files.readString(Fixtures.tinyRoot().resolve(DatasetReader.QINGDA_LINE));
        Path target = store.root().resolve(DatasetReader.QINGDA_LINE);
        Files.createDirectories(target.getParent());
        Files.writeString(target, line.replace("\"lon\": 120.9", "\"lon\": 120.2"));
        World parsed = StartData.load(store, Fixtures.tiny(), null, LayerCache.NONE);
        World cached = StartData.load(store, Fixtures.tiny(), null, cache);
        cache.awaitWrite();
        cache.awaitBands();
        assertSameWorld(parsed, cached);
        assertNotEquals(WorldLoader.load(Fixtures.tiny()).sides(), cached.sides(), "the imported line moved the sides");
        assertSameWorld(parsed, StartData.load(store, Fixtures.tiny(), null, cache));
        // that load's bands are read on the bands' thread: done before the folder is deleted
        cache.awaitBands();
        assertEquals(List.of(), log);
    }

    @Test
    void aMovedLineKeepsTheCachedShapesAndWorksOutItsSidesAgain(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        Path data = Fixtures.tinyCopy(Files.createDirectories(home.resolve("data")));
        World before = twice(DataLocation.folder(data), null, cache);
        Fixtures.edit(data, DatasetReader.QINGDA_LINE, "\"lon\": 120.9", "\"lon\": 120.2");
        int used = cache.used();
        World moved = WorldLoader.load(DataLocation.folder(data), null, cache);
        cache.awaitWrite();
        cache.awaitBands();
        assertEquals(used + 1, cache.used(), "the shapes came from the cache: the county files did not change");
        assertSameWorld(WorldLoader.load(DataLocation.folder(data), null, LayerCache.NONE), moved);
        assertNotEquals(before.sides(), moved.sides(), "the moved line moved the sides");
        twice(DataLocation.folder(data), null, cache);
        assertEquals(List.of(), log);
    }

    @Test
    void aCacheThatCannotBeUsedIsIgnoredWithOneLineAndWrittenAgain(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        DataLocation data = Fixtures.tiny();
        World parsed = WorldLoader.load(data, null, LayerCache.NONE);
        Written written = loadAndWrite(data, cache, home);
        Path file = written.file();
        byte[] good = written.bytes();
        long[] keys = written.keys();
        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 1;
        long[] otherKeys = keys.clone();
        otherKeys[keys.length - 1]++;
        // a valid envelope around hostile layers: a count of two billion shapes
        byte[] hostile = CacheFile.wrap(ByteBuffer.wrap(good, 8, 4).getInt(), LayerCodec.VERSION, keys,
                ByteBuffer.allocate(8).putInt(Integer.MAX_VALUE).array());
        byte[] otherVersion = good.clone();
        ByteBuffer.wrap(otherVersion).putInt(12, LayerCodec.VERSION + 1);
        List<byte[]> bad = List.of(flipped, java.util.Arrays.copyOf(good, good.length - 100), java.util.Arrays.copyOf(good, 10),
                new byte[0], otherVersion, CacheFile.wrap(ByteBuffer.wrap(good, 8, 4).getInt(), LayerCodec.VERSION, otherKeys,
                        java.util.Arrays.copyOfRange(good, good.length - 10, good.length)), hostile);
        List<String> why = List.of("damaged (its checksum does not match)", "cut short", "cut short", "cut short",
                "of format version " + (LayerCodec.VERSION + 1), "made from other source files", "a count of 2147483647");
        for (int i = 0; i < bad.size(); i++) {
            Files.write(file, bad.get(i));
            log.clear();
            World w = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> WorldLoader.load(data, null, cache));
            cache.awaitWrite();
            cache.awaitBands();
            assertSameWorld(parsed, w);
            assertEquals(1, log.size(), log.toString());
            assertTrue(log.get(0).contains(why.get(i)), log.get(0));
            assertEquals(java.util.Arrays.toString(good), java.util.Arrays.toString(Files.readAllBytes(file)), "written again, whole");
        }
    }

    @Test
    void aPipeOrAFolderInPlaceOfTheCacheIsNotReadAndTheAppStarts(@TempDir Path home) throws Exception {
        LayerCache cache = cache(home);
        DataLocation data = Fixtures.tiny();
        World parsed = WorldLoader.load(data, null, LayerCache.NONE);
        Path file = cache.file(data.describe() + " | " + data.describe() + " | " + GeoJsonReader.COUNTIES);
        Files.createDirectories(file.getParent());
        NotFiles.fifo(file);
        World w = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> WorldLoader.load(data, null, cache));
        cache.awaitWrite();
        cache.awaitBands();
        assertSameWorld(parsed, w);
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("pipe"), log.get(0));
        assertEquals(0, cache.used(), "the pipe was not read");
        WorldLoader.load(data, null, cache);
        assertEquals(1, cache.used());
        // the second load's bands are read on their own thread: done before the folder is deleted
        cache.awaitWrite();
        cache.awaitBands();
    }
}
