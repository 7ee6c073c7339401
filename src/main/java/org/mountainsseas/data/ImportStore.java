package org.mountainsseas.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Imported data files kept in the user's data folder, laid out like {@code assets/} (so
 * {@code <root>/data/pairings.json}), written atomically. The bundled data are never written; {@link #location} lays
 * the imported files over them, and {@link #restoreBundled} removes the imports.
 */
public final class ImportStore {
    private final Path root;
    private final Writer writer;

    /** Writes a file whole, atomically (the app passes {@code io.AtomicWriter::write}). */
    public interface Writer {
        void write(Path target, byte[] bytes) throws IOException;
    }

    public ImportStore(Path root, Writer writer) {
        this.root = root;
        this.writer = writer;
    }

    public Path root() {
        return root;
    }

    /** The data to load: the imported files where there are any, the base elsewhere. */
    public DataLocation location(DataLocation base) {
        return imported().isEmpty() ? base : LayeredLocation.overFolder(base, root);
    }

    /** The data files currently replaced by imports, e.g. {@code [data/pairings.json]}. */
    public List<String> imported() {
        List<String> out = new ArrayList<>();
        for (ImportKind k : ImportKind.values()) {
            if (Files.exists(root.resolve(k.file()), java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                out.add(k.file());
            }
        }
        return out;
    }

    /** Keeps a checked import, each of its files written whole; refuses a report with errors. */
    public void save(ImportReport report) throws IOException {
        if (!report.ok()) {
            throw new IllegalArgumentException("the import has errors and cannot be saved");
        }
        for (java.util.Map.Entry<ImportKind, byte[]> f : report.files().entrySet()) {
            writer.write(root.resolve(f.getKey().file()), f.getValue());
        }
    }

    /** Removes every import, so the bundled data are used again. */
    public void restoreBundled() throws IOException {
        for (String file : imported()) {
            Files.deleteIfExists(root.resolve(file));
        }
    }
}
