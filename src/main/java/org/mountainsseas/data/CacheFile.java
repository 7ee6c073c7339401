package org.mountainsseas.data;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * The envelope of a cache file: what it holds, in which format, made from which sources, and a
 * checksum of the rest, so a cache that is damaged, cut short, of another version or made from
 * other files is told apart and ignored instead of used.
 * <pre>
 * "MSCACHE1"  kind (int)  format version (int)  key count (int)  keys (longs)  payload length (long)  payload CRC-32C (int)  payload
 * </pre>
 * A cache is read like any other input, through {@link InputFile} (a regular file, within {@link #SIZE}).
 */
public final class CacheFile {
    /** The largest cache file read: the China-wide layers take ~13 MB; two layers at the vertex cap fit. */
    public static final Cap SIZE = new Cap("cache file size", 128L * 1024 * 1024, "bytes");
    private static final long MAGIC = 0x4D53434143484531L; // "MSCACHE1"
    private static final int MAX_KEYS = 64;

    private CacheFile() {
    }

    /** Why a cache file was not used, in a few words for a log line. */
    public static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;

        Unusable(String message) {
            super(message);
        }
    }

    /** The file's bytes: the payload wrapped with its kind, version, keys and checksum. */
    public static byte[] wrap(int kind, int version, long[] keys, byte[] payload) {
        ByteBuffer b = ByteBuffer.allocate(8 + 4 + 4 + 4 + keys.length * 8 + 8 + 4 + payload.length);
        b.putLong(MAGIC).putInt(kind).putInt(version).putInt(keys.length);
        for (long k : keys) {
            b.putLong(k);
        }
        b.putLong(payload.length).putInt(crc(payload, 0, payload.length)).put(payload);
        return b.array();
    }

    /** The payload, if the bytes are a whole, undamaged cache of this kind and version made from these keys. */
    public static ByteBuffer unwrap(byte[] file, int kind, int version, long[] keys) throws Unusable {
        ByteBuffer b = ByteBuffer.wrap(file);
        try {
            if (b.getLong() != MAGIC || b.getInt() != kind) {
                throw new Unusable("not a cache of this kind");
            }
            int v = b.getInt();
            if (v != version) {
                throw new Unusable("of format version " + v + ", not " + version);
            }
            int n = b.getInt();
            if (n < 0 || n > MAX_KEYS) {
                throw new Unusable("damaged (a key count of " + n + ")");
            }
            long[] found = new long[n];
            for (int i = 0; i < n; i++) {
                found[i] = b.getLong();
            }
            if (!Arrays.equals(found, keys)) {
                throw new Unusable("made from other source files");
            }
            long length = b.getLong();
            int crc = b.getInt();
            if (length != b.remaining()) {
                throw new Unusable(length > b.remaining() ? "cut short" : "damaged (bytes after the end)");
            }
            if (crc(file, b.position(), b.remaining()) != crc) {
                throw new Unusable("damaged (its checksum does not match)");
            }
            return b.slice();
        } catch (BufferUnderflowException e) {
            throw new Unusable("cut short");
        }
    }

    /** Reads a cache file as every input is read ({@link InputFile}: a regular file, within {@link #SIZE}). */
    public static byte[] read(Path path) throws LoadException {
        return InputFile.read(path, path.getFileName().toString(), SIZE);
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C c = new CRC32C();
        c.update(bytes, from, length);
        return (int) c.getValue();
    }
}
