package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cache's envelope tells a whole cache of this version and key from one damaged, cut short, of another version or key. */
class CacheFileTest {
    private static final long[] KEYS = {0, 42, SourceFile.key(new byte[] {1, 2, 3})};
    private static final byte[] PAYLOAD = "the layers".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static byte[] payload(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }

    @Test
    void aWholeCacheGivesItsPayloadBack() throws Exception {
        assertArrayEquals(PAYLOAD, payload(CacheFile.unwrap(CacheFile.wrap(7, 3, KEYS, PAYLOAD), 7, 3, KEYS)));
    }

    @Test
    void eachWayACacheCanBeWrongIsRefusedWithItsReason() {
        byte[] whole = CacheFile.wrap(7, 3, KEYS, PAYLOAD);
        assertEquals("of format version 3, not 4", assertThrows(CacheFile.Unusable.class, () -> CacheFile.unwrap(whole, 7, 4, KEYS)).getMessage());
        assertEquals("made from other source files", assertThrows(CacheFile.Unusable.class,
                () -> CacheFile.unwrap(whole, 7, 3, new long[] {0, 43, KEYS[2]})).getMessage());
        assertEquals("not a cache of this kind", assertThrows(CacheFile.Unusable.class, () -> CacheFile.unwrap(whole, 8, 3, KEYS)).getMessage());
        for (int cut = 0; cut < whole.length; cut++) {
            byte[] shorter = Arrays.copyOf(whole, cut);
            assertThrows(CacheFile.Unusable.class, () -> CacheFile.unwrap(shorter, 7, 3, KEYS), "cut at " + cut);
        }
        byte[] flipped = whole.clone();
        flipped[flipped.length - 3] ^= 0x10;
        assertEquals("damaged (its checksum does not match)",
                assertThrows(CacheFile.Unusable.class, () -> CacheFile.unwrap(flipped, 7, 3, KEYS)).getMessage());
        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        assertEquals("damaged (bytes after the end)", assertThrows(CacheFile.Unusable.class, () -> CacheFile.unwrap(longer, 7, 3, KEYS)).getMessage());
    }

    @Test
    void aCacheIsReadLikeEveryInputFolderAndSizeRefused(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("layers.bin"));
        assertEquals("layers.bin is a folder, not an ordinary file, so it was not read",
                assertThrows(LoadException.class, () -> CacheFile.read(folder)).problem().message());
        Path file = Files.write(dir.resolve("ok.bin"), CacheFile.wrap(1, 1, KEYS, PAYLOAD));
        assertArrayEquals(PAYLOAD, payload(CacheFile.unwrap(CacheFile.read(file), 1, 1, KEYS)));
    }

    @Test
    void theKeyChangesWithAnyByte() {
        byte[] a = new byte[4096];
        long k = SourceFile.key(a);
        for (int i = 0; i < a.length; i += 97) {
            a[i] = 1;
            assertEquals(false, k == SourceFile.key(a), "byte " + i);
            a[i] = 0;
        }
        assertEquals(k, SourceFile.key(a));
    }
}
