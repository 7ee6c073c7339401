package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.mountainsseas.model.Text;
import org.mountainsseas.search.MatchKeys;
import org.mountainsseas.search.Pinyin;
import org.mountainsseas.state.AppState;

/**
 * A review table: rows from a derived binding in the state (so it follows the filters), columns
 * of formatted {@link Cell}s that sort by value, multi-select, selection kept in step with the map,
 * and the text re-formatted when the language changes. A {@link #filterField() filter field} keeps
 * the rows whose text (any column, plus the names in both languages, their pinyin and initials)
 * matches what is typed. {@link #exportRows} gives what is shown, in the order shown, for CSV and
 * XLSX export.
 */
public class ReviewTable<R> extends TableView<R> {
    private final AppState state;
    private final ObjectBinding<List<R>> rows;
    private final TableSync<R> sync;
    private final List<Column<R>> columns;
    private final Function<R, List<Text>> names;
    private final TextField filter = new TextField();
    /** Whether the filter also reads every column (sources, notes), not only names, cities and ids. */
    private final javafx.scene.control.CheckBox everyColumn = new javafx.scene.control.CheckBox();
    private final SortPicker<R> sortPicker;
    private final Map<R, MatchKeys> keys = new IdentityHashMap<>();
    private final InvalidationListener onRows = o -> reload();
    private final InvalidationListener onLanguage = o -> {
        keys.clear();
        if (filter.getText().isBlank()) {
            refresh();
        } else {
            reload();
        }
    };

    /** One column: its title's message key and how a row reads in it. */
    public record Column<R>(String key, Function<R, Cell> cell, double width) {
    }

    /**
     * @param countyOf the county a row stands for (whose details show when it is selected)
     * @param involves whether a row involves a county (selected when the county is)
     * @param names    the row's names in both languages, so the filter finds them whatever the language shown
     */
    public ReviewTable(AppState state, ObjectBinding<List<R>> rows, List<Column<R>> columns,
                       Function<R, String> countyOf, BiPredicate<R, String> involves, Function<R, List<Text>> names) {
        this.state = state;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        this.names = names;
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
            col.setCellFactory(tc -> new WrappingCell<>(tc));
            getColumns().add(col);
        }
        Label empty = new Label();
        empty.textProperty().bind(state.tr("review.table.empty"));
        setPlaceholder(empty);
        filter.getStyleClass().add("table-filter");
        filter.promptTextProperty().bind(state.tr("review.table.filter"));
        filter.textProperty().addListener(onRows);
        everyColumn.textProperty().bind(state.tr("review.table.filterAll"));
        everyColumn.selectedProperty().addListener(o -> {
            keys.clear();
            reload();
        });
        // ↓ from the filter goes into the rows, so the keyboard flows field → table
        filter.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !getItems().isEmpty()) {
                requestFocus();
                if (getSelectionModel().isEmpty()) {
                    getSelectionModel().clearAndSelect(0);
                    getFocusModel().focus(0);
                }
                e.consume();
            }
        });
        sync = new TableSync<>(this, state, countyOf, involves);
        sortPicker = new SortPicker<>(state, this);
        rows.addListener(onRows);
        state.languageProperty().addListener(onLanguage);
        reload();
    }

    private void reload() {
        List<TableColumn<R, ?>> order = new ArrayList<>(getSortOrder());
        String q = MatchKeys.normalize(filter.getText());
        if (q.isEmpty()) {
            getItems().setAll(rows.get());
        } else {
            String py = Pinyin.normalizeQuery(q);
            getItems().setAll(rows.get().stream().filter(r -> keysOf(r).score(q, py) > 0).toList());
        }
        getSortOrder().setAll(order);
        sort();
        sync.rowsReplaced();
    }

    private MatchKeys keysOf(R row) {
        return keys.computeIfAbsent(row, r -> {
            List<String> texts = new ArrayList<>();
            if (everyColumn.isSelected()) {
                for (Column<R> c : columns) {
                    texts.add(c.cell().apply(r).text());
                }
            }
            for (Text t : names.apply(r)) {
                if (t == null) {
                    continue;
                }
                texts.add(t.zh());
                texts.add(t.en());
            }
            return MatchKeys.of(texts);
        });
    }

    /** The box that widens the filter from names, cities and ids to every column, sources included. */
    public javafx.scene.control.CheckBox filterEveryColumn() {
        return everyColumn;
    }

    /**
     * A cell whose text wraps at the column's width, so a long date or note is read (the row grows,
     * up to {@link #MAX_LINES} lines; the whole text is in the tooltip).
     */
    private static final class WrappingCell<R> extends javafx.scene.control.TableCell<R, Cell> {
        static final int MAX_LINES = 3;
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();
        private final javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();

        WrappingCell(TableColumn<R, Cell> column) {
            text.getStyleClass().add("wrapped-cell");
            text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
            clip.widthProperty().bind(widthProperty());
            clip.heightProperty().bind(heightProperty());
            setClip(clip);
        }

        @Override
        protected double computePrefHeight(double width) {
            double lines = text.getFont().getSize() * 1.25 * MAX_LINES + snappedTopInset() + snappedBottomInset();
            return Math.min(super.computePrefHeight(width), lines);
        }

        @Override
        protected void updateItem(Cell item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
            } else {
                // the text stays the cell's text too, for accessibility and lookups
                setText(item.text());
                text.setText(item.text());
                setGraphic(text);
                tip.setText(item.text());
                setTooltip(item.text().length() > 40 ? tip : null);
            }
        }
    }

    /** The free-text filter over the rows, to be placed above the table. */
    public TextField filterField() {
        return filter;
    }

    /** The keyboard's way to sort: a picker of column and direction, to be placed beside the filter field. */
    public javafx.scene.control.ComboBox<?> sortPicker() {
        return sortPicker;
    }

    /** How many rows the filters leave, before the filter field's text is applied. */
    public int unfilteredCount() {
        return rows.get().size();
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
        sortPicker.dispose();
        rows.removeListener(onRows);
        filter.textProperty().removeListener(onRows);
        state.languageProperty().removeListener(onLanguage);
    }
}
