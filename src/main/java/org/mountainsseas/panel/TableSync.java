package org.mountainsseas.panel;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import org.mountainsseas.state.AppState;

/**
 * Keeps a table's row selection and the map's selection in step, both ways, without loops:
 * selecting rows selects the counties of all of them (the row in focus gives the county whose
 * details show); selecting counties on the map or in the other table selects every row that
 * involves one of them. Each side ignores the change it caused itself.
 */
final class TableSync<R> {
    private final TableView<R> table;
    private final AppState state;
    private final Function<R, String> countyOf;
    private final BiPredicate<R, String> involves;
    private final ChangeListener<Set<String>> onState = (o, a, b) -> fromState();
    private final ListChangeListener<R> onRows = this::fromTable;
    private boolean updatingTable;
    private boolean updatingState;
    /** The map's selection changed while the table was not shown; applied when it is. */
    private boolean stale;

    TableSync(TableView<R> table, AppState state, Function<R, String> countyOf, BiPredicate<R, String> involves) {
        this.table = table;
        this.state = state;
        this.countyOf = countyOf;
        this.involves = involves;
        state.selectionProperty().addListener(onState);
        table.getSelectionModel().getSelectedItems().addListener(onRows);
        table.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null && stale) {
                fromState();
            }
        });
    }

    /** Re-applies the map's selection after the rows were replaced (e.g. by a filter). */
    void rowsReplaced() {
        fromState();
    }

    private void fromState() {
        if (updatingState) {
            return;
        }
        if (table.getScene() == null) {
            // a closed review area costs a map click nothing; the rows catch up when it opens
            stale = true;
            return;
        }
        stale = false;
        updatingTable = true;
        try {
            var model = table.getSelectionModel();
            model.clearSelection();
            Set<String> adcodes = state.selection();
            if (adcodes.isEmpty()) {
                return;
            }
            List<R> items = table.getItems();
            int first = -1;
            for (int i = 0; i < items.size(); i++) {
                R row = items.get(i);
                if (adcodes.stream().anyMatch(a -> involves.test(row, a))) {
                    model.select(i);
                    first = first < 0 ? i : first;
                }
            }
            if (first >= 0) {
                table.scrollTo(first);
            }
        } finally {
            updatingTable = false;
        }
    }

    private void fromTable(ListChangeListener.Change<? extends R> change) {
        if (updatingTable) {
            return;
        }
        // the row just added (↓, Shift+↓, a click) gives the county whose details show; after a
        // removal only (Shift+↑ back), the county shown stays if its row is still selected
        R row = null;
        while (change.next()) {
            if (change.wasAdded() && !change.getAddedSubList().isEmpty()) {
                row = change.getAddedSubList().get(change.getAddedSize() - 1);
            }
        }
        Set<String> adcodes = new LinkedHashSet<>();
        for (R r : table.getSelectionModel().getSelectedItems()) {
            String a = r == null ? null : countyOf.apply(r);
            if (a != null) {
                adcodes.add(a);
            }
        }
        if (adcodes.isEmpty()) {
            return;
        }
        updatingState = true;
        try {
            state.selectAll(adcodes, row == null ? state.selected() : countyOf.apply(row));
        } finally {
            updatingState = false;
        }
    }

    void dispose() {
        state.selectionProperty().removeListener(onState);
        table.getSelectionModel().getSelectedItems().removeListener(onRows);
    }
}
