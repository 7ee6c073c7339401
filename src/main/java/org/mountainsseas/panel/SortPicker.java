package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mountainsseas.state.AppState;

/**
 * Sorting a table from the keyboard: a picker of "column ↑ / column ↓" beside the table's filter
 * field (column headers take only mouse clicks). It follows a sort made by clicking a header too.
 */
final class SortPicker<R> extends ComboBox<SortPicker.Choice<R>> {
    /** Sort by this column, ascending or not. */
    record Choice<R>(TableColumn<R, ?> column, boolean ascending) {
    }

    private final TableView<R> table;
    private final ListChangeListener<TableColumn<R, ?>> onSort = c -> follow();
    private boolean following;

    SortPicker(AppState state, TableView<R> table) {
        this.table = table;
        getStyleClass().add("sort-picker");
        promptTextProperty().bind(state.tr("review.table.sort"));
        setVisibleRowCount(12);
        List<Choice<R>> choices = new ArrayList<>();
        for (TableColumn<R, ?> c : table.getColumns()) {
            choices.add(new Choice<>(c, true));
            choices.add(new Choice<>(c, false));
        }
        getItems().setAll(choices);
        setCellFactory(v -> cell());
        setButtonCell(cell());
        valueProperty().addListener((o, a, b) -> apply(b));
        table.getSortOrder().addListener(onSort);
    }

    private ListCell<Choice<R>> cell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(Choice<R> c, boolean empty) {
                super.updateItem(c, empty);
                textProperty().unbind();
                if (empty || c == null) {
                    setText(null);
                } else {
                    textProperty().bind(c.column().textProperty().concat(c.ascending() ? "  ↑" : "  ↓"));
                }
            }
        };
    }

    private void apply(Choice<R> c) {
        if (following || c == null) {
            return;
        }
        c.column().setSortType(c.ascending() ? TableColumn.SortType.ASCENDING : TableColumn.SortType.DESCENDING);
        table.getSortOrder().setAll(List.of(c.column()));
        table.sort();
    }

    /** Shows the sort now in force (e.g. after a click on a header); none if it is not a single column. */
    private void follow() {
        following = true;
        try {
            List<TableColumn<R, ?>> order = table.getSortOrder();
            Choice<R> now = null;
            if (order.size() == 1) {
                TableColumn<R, ?> c = order.get(0);
                now = new Choice<>(c, c.getSortType() == TableColumn.SortType.ASCENDING);
            }
            setValue(now);
        } finally {
            following = false;
        }
    }

    void dispose() {
        table.getSortOrder().removeListener(onSort);
    }
}
