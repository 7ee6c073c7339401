package org.mountainsseas.app;

import java.util.List;
import java.util.function.Function;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextArea;
import javafx.stage.Window;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Source;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.state.AppState;

/**
 * The report on a checked import: the file and its kind and date, the items added, changed (each
 * changed field with its old and new value) and removed, and every error with file, item and field. "Apply" is offered only
 * for a clean file that changes something; nothing changes otherwise.
 */
final class ImportDialog {
    private ImportDialog() {
    }

    /** Shows the report and waits; true if the user confirmed applying it. */
    static boolean confirm(Window owner, AppState state, ImportReport r) {
        return create(owner, state, r).showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** The report as a dialog, not yet shown: Apply (for a clean file that changes something) and Cancel. */
    static Dialog<ButtonType> create(Window owner, AppState state, ImportReport r) {
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(state.text("review.import.title"));
        d.setHeaderText(r.ok() ? r.changesSomething() ? state.text("review.import.ok") : state.text("review.import.same")
                : state.format("review.import.bad", r.errors().size()));
        TextArea text = new TextArea(report(state, r));
        text.setId("import-report");
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefSize(680, 380);
        d.getDialogPane().setContent(text);
        ButtonType apply = new ButtonType(state.text("review.import.apply"), ButtonBar.ButtonData.OK_DONE);
        if (r.ok() && r.changesSomething()) {
            d.getDialogPane().getButtonTypes().add(apply);
        }
        d.getDialogPane().getButtonTypes().add(Dialogs.cancel(state.language()));
        return d;
    }

    static String report(AppState state, ImportReport r) {
        StringBuilder b = new StringBuilder();
        b.append(state.format("review.import.file", r.source(),
                r.kinds(), r.dataDate() == null ? "—" : r.dataDate())).append("\n\n");
        if (!r.errors().isEmpty()) {
            b.append(state.format("review.import.errors", r.errors().size())).append('\n');
            for (LoadProblem p : r.errors()) {
                b.append("  ✗ ").append(p.describe()).append('\n');
            }
            b.append('\n').append(state.text("review.import.nothing")).append("\n\n");
        }
        Function<String, String> name = id -> named(state, r, id);
        list(b, state.format("review.import.added", r.added().size()), r.added(), name);
        StringBuilder changed = new StringBuilder();
        b.append(state.format("review.import.changed", r.changed().size())).append('\n');
        for (ImportReport.Change c : r.changed()) {
            changed.append("  ~ ").append(name.apply(c.id())).append('\n');
            for (ImportReport.FieldChange f : c.diffs()) {
                changed.append("      ").append(f.field()).append(": ").append(f.before()).append("  →  ").append(f.after()).append('\n');
            }
        }
        b.append(changed);
        list(b, state.format("review.import.removed", r.removed().size()), r.removed(), name);
        return b.toString();
    }

    private static void list(StringBuilder b, String title, List<String> ids, Function<String, String> name) {
        b.append(title).append('\n');
        for (String id : ids) {
            b.append("  · ").append(name.apply(id)).append('\n');
        }
    }

    /** "PR01 · Chun'an County – Xihu District": the id with what it names, from the file or else the data in use. */
    private static String named(AppState state, ImportReport r, String id) {
        String what = r.result() == null ? null : nameIn(r.result(), id, state.language());
        if (what == null) {
            what = nameIn(state.dataset(), id, state.language());
        }
        return what == null ? id : id + " · " + what;
    }

    private static String nameIn(Dataset d, String id, Language l) {
        for (Pairing p : d.pairings()) {
            if (p.id().equals(id)) {
                County m = d.county(p.mountain());
                return (m == null ? p.mountain() : m.name().get(l)) + " – " + p.partnerName().get(l);
            }
        }
        for (Enclave e : d.enclaves()) {
            if (e.id().equals(id)) {
                return e.name().get(l);
            }
        }
        for (Project p : d.projects()) {
            if (p.id().equals(id)) {
                return p.name().get(l);
            }
        }
        Source s = d.source(id);
        return s == null ? null : s.title();
    }
}
