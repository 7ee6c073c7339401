package org.mountainsseas.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** A location whose files come from a top layer where it has them and from a base elsewhere. */
final class LayeredLocation implements DataLocation {
    private final DataLocation base;
    private final Map<String, byte[]> memory;
    private final Path folder;

    private LayeredLocation(DataLocation base, Map<String, byte[]> memory, Path folder) {
        this.base = base;
        this.memory = memory;
        this.folder = folder;
    }

    /** {@code base} with some files replaced by bytes in memory (an import being checked). */
    static DataLocation inMemory(DataLocation base, Map<String, byte[]> files) {
        return new LayeredLocation(base, Map.copyOf(files), null);
    }

    /** {@code base} with the files that exist under {@code folder} (imported data in use). */
    static DataLocation overFolder(DataLocation base, Path folder) {
        return new LayeredLocation(base, Map.of(), folder);
    }

    private Path onDisk(String name) {
        if (folder == null) {
            return null;
        }
        Path p = folder.resolve(name);
        // anything there (a pipe or a folder too) is the import, and InputFile refuses what is not a file
        return Files.exists(p) ? p : null;
    }

    @Override
    public InputStream open(String name) throws IOException {
        byte[] bytes = memory.get(name);
        if (bytes != null) {
            return new ByteArrayInputStream(bytes);
        }
        Path p = onDisk(name);
        return p != null ? InputFile.open(p) : base.open(name);
    }

    @Override
    public long size(String name) {
        byte[] bytes = memory.get(name);
        if (bytes != null) {
            return bytes.length;
        }
        Path p = onDisk(name);
        if (p != null) {
            try {
                return InputFile.size(p);
            } catch (IOException e) {
                return -1;
            }
        }
        return base.size(name);
    }

    @Override
    public String describe() {
        return folder != null ? base.describe() + " with imports from " + folder : base.describe() + " with an import";
    }
}
