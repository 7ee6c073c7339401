package org.mountainsseas.data;

import java.util.List;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;

/**
 * What an import would do, worked out before anything changes: the items added, changed (with the
 * fields that differ) and removed, and every error with file, item and field. {@code kind},
 * {@code bytes} and {@code result} are null when the file could not be read at all.
 */
public record ImportReport(String source, ImportKind kind, byte[] bytes, String dataDate, List<String> added,
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
        added = List.copyOf(added);
        changed = List.copyOf(changed);
        removed = List.copyOf(removed);
        errors = List.copyOf(errors);
    }

    static ImportReport failed(String source, LoadProblem problem) {
        return new ImportReport(source, null, null, null, List.of(), List.of(), List.of(), List.of(problem), null);
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
