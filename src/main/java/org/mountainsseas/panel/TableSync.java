package org.mountainsseas.panel;

import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;
import org.mountainsseas.state.AppState;

/**
 * Keeps a table's row selection and the map's selection in step, both ways, without loops:
 * selecting rows selects the county of the row in focus; selecting a county on the map selects
 * every row that involves it. Each side ignores the change it caused itself.
 */
final class TableSync<R> {
    private final TableView<R> table;
    private final AppState state;
    private final Function<R, String> countyOf;
    private final BiPredicate<R, String> involves;
    private final ChangeListener<String> onState = (o, a, b) -> fromState();
    private final ListChangeListener<R> onRows = c -> fromTable();
    private boolean updatingTable;
    private boolean updatingState;

    TableSync(TableView<R> table, AppState state, Function<R, String> countyOf, BiPredicate<R, String> involves) {
        this.table = table;
        this.state = state;
        this.countyOf = countyOf;
        this.involves = involves;
        state.selectedProperty().addListener(onState);
        table.getSelectionModel().getSelectedItems().addListener(onRows);
    }

    /** Re-applies the map's selection after the rows were replaced (e.g. by a filter). */
    void rowsReplaced() {
        fromState();
    }

    private void fromState() {
        if (updatingState) {
            return;
        }
        updatingTable = true;
        try {
            var model = table.getSelectionModel();
            model.clearSelection();
            String adcode = state.selected();
            if (adcode == null) {
                return;
            }
            List<R> items = table.getItems();
            int first = -1;
            for (int i = 0; i < items.size(); i++) {
                if (involves.test(items.get(i), adcode)) {
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

    private void fromTable() {
        if (updatingTable) {
            return;
        }
        R row = table.getSelectionModel().getSelectedItem();
        if (row == null) {
            return;
        }
        String adcode = countyOf.apply(row);
        if (adcode == null) {
            return;
        }
        updatingState = true;
        try {
            state.select(adcode);
        } finally {
            updatingState = false;
        }
    }

    void dispose() {
        state.selectedProperty().removeListener(onState);
        table.getSelectionModel().getSelectedItems().removeListener(onRows);
    }
}
