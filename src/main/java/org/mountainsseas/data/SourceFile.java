package org.mountainsseas.data;

import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * A data file's bytes as read for a load (within the file size cap, through {@link DataLocation},
 * so {@link InputFile}'s refusals apply), with a key of its content for caches of what is derived from it.
 * <p>
 * The key is the file's CRC-32C and CRC-32 side by side, 64 bits: both are intrinsics of the JVM, so the
 * China-wide 10 MB layer hashes in 1–3 ms, where SHA-256 took 150–220 ms on the same machine (C1-only JIT,
 * as the app runs) — as long as a third of parsing it. A cache keyed so is told apart from accidental
 * change (an edited, replaced or re-exported file), which is its purpose; it is not a defence against a
 * forged file, and needs none: whoever can write the cache can write the data beside it.
 */
public record SourceFile(String name, byte[] bytes) {

    /** Reads a file of the location; every failure (missing, not a regular file, over the cap) is a {@link LoadException}. */
    public static SourceFile read(DataLocation location, String name) throws LoadException {
        return new SourceFile(name, JsonInput.bytes(location, name));
    }

    /** The key of these bytes (see the class comment). */
    public long key() {
        return key(bytes);
    }

    /** CRC-32C in the high 32 bits, CRC-32 in the low ones. */
    public static long key(byte[] bytes) {
        CRC32C c = new CRC32C();
        c.update(bytes, 0, bytes.length);
        CRC32 d = new CRC32();
        d.update(bytes, 0, bytes.length);
        return c.getValue() << 32 | d.getValue();
    }
}
