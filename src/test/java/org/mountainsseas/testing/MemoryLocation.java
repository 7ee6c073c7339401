package org.mountainsseas.testing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.GeoJsonReader;

/** A {@link DataLocation} held in memory: the tiny province, with any file replaced. */
public final class MemoryLocation implements DataLocation {
    /** Every file the loader reads, in a fixed order (fuzz inputs pick one by index). */
    public static final List<String> FILES = List.of(GeoJsonReader.COUNTIES, GeoJsonReader.NEIGHBOURS,
            DatasetReader.COUNTIES, DatasetReader.SOURCES, DatasetReader.MEMBERSHIPS, DatasetReader.PAIRINGS,
            DatasetReader.ENCLAVES, DatasetReader.PROJECTS, DatasetReader.FIGURES, DatasetReader.TIMELINE,
            DatasetReader.QINGDA_LINE, DatasetReader.BEYOND, DatasetReader.CORRIDORS);
    private static final Map<String, byte[]> TINY = new LinkedHashMap<>();

    static {
        try {
            for (String f : FILES) {
                TINY.put(f, Files.readAllBytes(Fixtures.tinyRoot().resolve(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private final Map<String, byte[]> files = new LinkedHashMap<>(TINY);

    /** The tiny province with {@code name} replaced by {@code bytes}. */
    public static MemoryLocation tinyWith(String name, byte[] bytes) {
        MemoryLocation m = new MemoryLocation();
        m.files.put(name, bytes);
        return m;
    }

    public static byte[] tinyFile(String name) {
        return TINY.get(name).clone();
    }

    @Override
    public InputStream open(String name) throws IOException {
        byte[] b = files.get(name);
        if (b == null) {
            throw new NoSuchFileException(name);
        }
        return new ByteArrayInputStream(b);
    }

    @Override
    public long size(String name) {
        byte[] b = files.get(name);
        return b == null ? -1 : b.length;
    }

    @Override
    public String describe() {
        return "memory";
    }
}
