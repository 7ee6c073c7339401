package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.mountainsseas.state.AppState;

/**
 * A review table: rows from a derived binding in the state (so it follows the filters), columns
 * of formatted {@link Cell}s that sort by value, multi-select, selection kept in step with the map,
 * and the text re-formatted when the language changes. {@link #exportRows} gives what is shown,
 * in the order shown, for CSV and XLSX export.
 */
public class ReviewTable<R> extends TableView<R> {
    private final AppState state;
    private final ObjectBinding<List<R>> rows;
    private final TableSync<R> sync;
    private final InvalidationListener onRows = o -> reload();
    private final InvalidationListener onLanguage = o -> refresh();

    /** One column: its title's message key and how a row reads in it. */
    public record Column<R>(String key, Function<R, Cell> cell, double width) {
    }

    public ReviewTable(AppState state, ObjectBinding<List<R>> rows, List<Column<R>> columns,
                       Function<R, String> countyOf, BiPredicate<R, String> involves) {
        this.state = state;
        this.rows = rows;
        getStyleClass().add("review-table");
        getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // many columns: keep each readable and scroll sideways rather than squeeze them
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        for (Column<R> c : columns) {
            TableColumn<R, Cell> col = new TableColumn<>();
            col.textProperty().bind(state.tr(c.key()));
            col.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(c.cell().apply(f.getValue())));
            col.setUserData(c.key());
            col.setPrefWidth(c.width());
            getColumns().add(col);
        }
        Label empty = new Label();
        empty.textProperty().bind(state.tr("review.table.empty"));
        setPlaceholder(empty);
        sync = new TableSync<>(this, state, countyOf, involves);
        rows.addListener(onRows);
        state.languageProperty().addListener(onLanguage);
        reload();
    }

    private void reload() {
        List<TableColumn<R, ?>> order = new ArrayList<>(getSortOrder());
        getItems().setAll(rows.get());
        getSortOrder().setAll(order);
        sort();
        sync.rowsReplaced();
    }

    /** The column titles and the rows as shown (filtered and sorted), in the current language. */
    public List<List<String>> exportRows() {
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>();
        for (TableColumn<R, ?> c : getVisibleLeafColumns()) {
            head.add(c.getText());
        }
        out.add(head);
        for (R row : getItems()) {
            List<String> line = new ArrayList<>();
            for (TableColumn<R, ?> c : getVisibleLeafColumns()) {
                Object v = c.getCellData(row);
                line.add(v == null ? "" : v.toString());
            }
            out.add(line);
        }
        return out;
    }

    protected AppState state() {
        return state;
    }

    public void dispose() {
        sync.dispose();
        rows.removeListener(onRows);
        state.languageProperty().removeListener(onLanguage);
    }
}
