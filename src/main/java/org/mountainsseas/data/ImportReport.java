package org.mountainsseas.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;

/**
 * What an import would do, worked out before anything changes: the items added, changed (with the
 * fields that differ) and removed, and every error with file, item and field. {@code files} holds
 * the data files the import would replace (one for a JSON file or a CSV sheet, three for a
 * workbook), with their new contents; it is empty and {@code result} is null when the file could
 * not be read at all.
 */
public record ImportReport(String source, Map<ImportKind, byte[]> files, String dataDate, List<String> added,
                           List<Change> changed, List<String> removed, List<LoadProblem> errors, Dataset result) {

    /** An item whose fields differ between the data in use and the file. */
    public record Change(String id, List<FieldChange> diffs) {
        public Change {
            diffs = List.copyOf(diffs);
        }

        /** The names of the fields that differ, e.g. "status", "since.year". */
        public List<String> fields() {
            return diffs.stream().map(FieldChange::field).toList();
        }
    }

    /** One field that differs: its name (nested fields joined by dots) and its value before and after, written out. */
    public record FieldChange(String field, String before, String after) {
    }

    public ImportReport {
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        errors = List.copyOf(errors);
    }

    /** A report on one data file. */
    public ImportReport(String source, ImportKind kind, byte[] bytes, String dataDate, List<String> added,
                        List<Change> changed, List<String> removed, List<LoadProblem> errors, Dataset result) {
        this(source, kind == null ? Map.of() : Map.of(kind, bytes), dataDate, added, changed, removed, errors, result);
    }

    static ImportReport failed(String source, LoadProblem problem) {
        return failed(source, List.of(problem));
    }

    static ImportReport failed(String source, List<LoadProblem> problems) {
        return new ImportReport(source, Map.of(), null, List.of(), List.of(), List.of(), problems, null);
    }

    /** The kind of the one data file replaced, or null when there are none or several. */
    public ImportKind kind() {
        return files.size() == 1 ? files.keySet().iterator().next() : null;
    }

    /** The kinds replaced, written as the files' formats ("pairings, enclaves, projects"), or "?". */
    public String kinds() {
        return files.isEmpty() ? "?" : String.join(", ", files.keySet().stream().map(ImportKind::format).toList());
    }

    /** Whether the import may be confirmed: the file was read and has no errors. */
    public boolean ok() {
        return errors.isEmpty() && result != null;
    }

    /** Whether confirming would change anything. */
    public boolean changesSomething() {
        return !added.isEmpty() || !changed.isEmpty() || !removed.isEmpty();
    }
}
