package org.mountainsseas.data;

import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mountainsseas.model.LoadProblem;

/**
 * Checks an updated data file before anything changes: reads it defensively (size cap, strict
 * UTF-8, depth cap), recognises its kind from its envelope, reads the whole dataset with the file
 * in place, and reports every new problem plus the items added, changed and removed.
 */
public final class DataImport {
    private DataImport() {
    }

    /** Opens the file's bytes; called once, after the size check. */
    public interface Opener {
        InputStream open() throws IOException;
    }

    /**
     * @param name         the file's name, for messages
     * @param declaredSize its size in bytes if known (checked before reading), else -1
     * @param current      the data in use, which the file would update
     * @param boundaryAdcodes the counties that have a boundary
     */
    public static ImportReport check(String name, long declaredSize, Opener opener, DataLocation current,
                                     Set<String> boundaryAdcodes) {
        try {
            return check(name, read(name, declaredSize, opener), current, boundaryAdcodes);
        } catch (LoadException e) {
            return ImportReport.failed(name, e.problem());
        }
    }

    /**
     * Checks a file on disk, read through {@link InputFile}: a pipe, device or folder is refused
     * without being opened, so a check always returns.
     */
    public static ImportReport check(java.nio.file.Path file, DataLocation current, Set<String> boundaryAdcodes) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            return check(name, InputFile.read(file, name), current, boundaryAdcodes);
        } catch (LoadException e) {
            return ImportReport.failed(name, e.problem());
        }
    }

    private static ImportReport check(String name, byte[] bytes, DataLocation current, Set<String> boundaryAdcodes)
            throws LoadException {
        if (SheetImport.isSheet(name, bytes)) {
            return SheetImport.check(name, bytes, current, boundaryAdcodes);
        }
        JsonElement root = JsonInput.parse(name, bytes);
        ImportKind kind = kindOf(name, root);
        return compare(name, Map.of(kind, bytes), dataDate(root), current, boundaryAdcodes,
                p -> new LoadProblem(name, p.item(), p.field(), p.message()));
    }

    static byte[] read(String name, long declaredSize, Opener opener) throws LoadException {
        if (declaredSize > JsonInput.MAX_BYTES) {
            throw JsonInput.fail(name, String.format(java.util.Locale.ROOT,
                    "the file is %.1f MB, over the %d MB size cap for data files; nothing was read",
                    declaredSize / (1024.0 * 1024.0), JsonInput.MAX_BYTES / (1024 * 1024)));
        }
        try (InputStream in = opener.open()) {
            return JsonInput.readCapped(in, name);
        } catch (IOException e) {
            throw JsonInput.fail(name, "the file could not be read (" + e.getMessage() + ")");
        }
    }

    private static ImportKind kindOf(String name, JsonElement root) throws LoadException {
        JsonElement format = root.isJsonObject() ? root.getAsJsonObject().get("format") : null;
        ImportKind kind = format != null && format.isJsonPrimitive() ? ImportKind.ofFormat(format.getAsString()) : null;
        if (kind == null) {
            List<String> names = new ArrayList<>();
            for (ImportKind k : ImportKind.values()) {
                names.add("mountainsseas/" + k.format());
            }
            throw new LoadException(new LoadProblem(name, null, "format", "expected one of " + String.join(", ", names)
                    + ", found " + (format == null ? "nothing" : format.toString())
                    + " (see docs/data-format.md; county boundaries and counties.json cannot be imported)"));
        }
        return kind;
    }

    private static String dataDate(JsonElement root) {
        JsonElement d = root.getAsJsonObject().get("dataDate");
        return d != null && d.isJsonPrimitive() ? d.getAsString() : null;
    }

    /**
     * Reads the dataset with {@code files} in place of the data in use and reports what changes.
     *
     * @param where says where a new problem in one of {@code files} is in the imported file
     */
    static ImportReport compare(String name, Map<ImportKind, byte[]> files, String dataDate, DataLocation current,
                                Set<String> boundaryAdcodes, java.util.function.UnaryOperator<LoadProblem> where) {
        LoadResult<org.mountainsseas.model.Dataset> before = new DatasetReader(current, boundaryAdcodes).read();
        Map<String, byte[]> replaced = new java.util.HashMap<>();
        files.forEach((k, v) -> replaced.put(k.file(), v));
        LoadResult<org.mountainsseas.model.Dataset> after = new DatasetReader(
                LayeredLocation.inMemory(current, replaced), boundaryAdcodes).read();
        Set<LoadProblem> old = new HashSet<>(before.problems());
        List<LoadProblem> errors = new ArrayList<>();
        for (LoadProblem p : after.problems()) {
            if (!old.contains(p)) {
                errors.add(replaced.containsKey(p.file()) ? where.apply(p) : p);
            }
        }
        Map<String, Object> was = new java.util.LinkedHashMap<>();
        Map<String, Object> now = new java.util.LinkedHashMap<>();
        for (ImportKind kind : files.keySet()) {
            was.putAll(kind.items(before.value()));
            now.putAll(kind.items(after.value()));
        }
        List<String> added = new ArrayList<>();
        List<ImportReport.Change> changed = new ArrayList<>();
        for (Map.Entry<String, Object> e : now.entrySet()) {
            Object previous = was.get(e.getKey());
            if (previous == null) {
                added.add(e.getKey());
            } else if (!previous.equals(e.getValue())) {
                changed.add(new ImportReport.Change(e.getKey(), FieldDiff.of(previous, e.getValue())));
            }
        }
        List<String> removed = new ArrayList<>();
        for (String id : was.keySet()) {
            if (!now.containsKey(id)) {
                removed.add(id);
            }
        }
        return new ImportReport(name, files, dataDate, added, changed, removed, errors, after.value());
    }
}
