package org.mountainsseas.panel;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.review.ItemRow;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.state.AppState;

/**
 * The review area under the map: tabs for the pairing table, the enclave and project table, the
 * Sources view and Compare, with counts that follow the filters, and the export and data menus.
 */
public final class ReviewArea extends VBox {
    /** Whether the review area asks for most of the window's height; the window sets the divider by it. */
    private final javafx.beans.property.BooleanProperty enlarged = new javafx.beans.property.SimpleBooleanProperty(this, "enlarged");

    private static final int COMPARE = 3;
    private final AppState state;
    private final ReviewTable<PairingRow> pairings;
    private final ReviewTable<ItemRow> items;
    private final SourcesPanel sources;
    private final ComparePanel compare;
    private final TabPane tabs = new TabPane();
    private final ReviewActions actions;
    private final javafx.beans.value.ChangeListener<String> onSource = (o, a, b) -> {
        if (b != null) {
            tabs.getSelectionModel().select(2);
        }
    };

    public ReviewArea(AppState state, ReviewActions actions, Consumer<String> openLink) {
        this.state = state;
        this.actions = actions;
        setId("review-area");
        getStyleClass().add("review-area");
        pairings = ReviewTables.pairings(state);
        items = ReviewTables.items(state);
        sources = new SourcesPanel(state, openLink);
        compare = new ComparePanel(state);
        tabs.setId("review-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getTabs().addAll(
                tab("tab-pairings", Bindings.createStringBinding(() -> state.format("review.tab.pairings",
                        state.review().pairingRowsProperty().get().size(), org.mountainsseas.review.ReviewRows.pairings(state.dataset(),
                                org.mountainsseas.review.ReviewFilter.NONE).size()), state.review().pairingRowsProperty(), state.languageProperty()),
                        withFilter(pairings)),
                tab("tab-items", Bindings.createStringBinding(() -> state.format("review.tab.items",
                        state.review().itemRowsProperty().get().size(),
                        state.dataset().enclaves().size() + state.dataset().projects().size()),
                        state.review().itemRowsProperty(), state.languageProperty()), withFilter(items)),
                tab("tab-sources", Bindings.createStringBinding(() -> state.format("review.tab.sources",
                        state.dataset().sources().size()), state.datasetProperty(), state.languageProperty()), sources),
                tab("tab-compare", Bindings.createStringBinding(() -> state.format("review.tab.compare",
                        state.review().compared().size()), state.review().compared(), state.languageProperty()), compare));
        state.review().sourceProperty().addListener(onSource);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(header(), tabs);
    }

    private Tab tab(String id, StringBinding title, javafx.scene.Node content) {
        Tab t = new Tab();
        t.setId(id);
        t.textProperty().bind(title);
        t.setContent(content);
        return t;
    }

    /** The table under its filter field, with how many rows the field leaves. */
    private VBox withFilter(ReviewTable<?> table) {
        TextField field = table.filterField();
        HBox.setHgrow(field, Priority.ALWAYS);
        field.setMaxWidth(420);
        Label shown = new Label();
        shown.getStyleClass().add("review-hint");
        shown.textProperty().bind(Bindings.createStringBinding(() -> field.getText().isBlank() ? ""
                : state.format("review.table.shown", table.getItems().size(), table.unfilteredCount()),
                field.textProperty(), table.getItems(), state.languageProperty()));
        // Tab from the filter reaches Sort by first; the wider search comes after it
        HBox bar = new HBox(8, field, table.sortPicker(), table.filterEveryColumn(), shown);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("table-filter-bar");
        VBox box = new VBox(4, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    /** Shows the Compare tab with the keyboard in its county picker. */
    public void showCompare() {
        tabs.getSelectionModel().select(COMPARE);
        focusCurrentTable();
    }

    /** Puts the keyboard in the filter field of the table on show (the Sources or Compare tab: their first control). */
    public void focusCurrentTable() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        focusWhenShown(i == 0 ? pairings.filterField() : i == 1 ? items.filterField() : i == COMPARE ? compare.picker() : sources);
    }

    /** Focuses a node now, or once it is in the scene (a tab's content joins it only when the tab pane is laid out). */
    private static void focusWhenShown(javafx.scene.Node n) {
        if (n.getScene() != null) {
            n.requestFocus();
            return;
        }
        n.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends javafx.scene.Scene> o,
                                javafx.scene.Scene a, javafx.scene.Scene b) {
                if (b != null) {
                    o.removeListener(this);
                    javafx.application.Platform.runLater(n::requestFocus);
                }
            }
        });
    }

    private HBox header() {
        Label hint = new Label();
        hint.textProperty().bind(state.tr("review.hint"));
        hint.setId("review-hint");
        hint.getStyleClass().add("review-hint");
        // in a narrow window the hint takes a second line rather than losing its end to "…"
        hint.setWrapText(true);
        hint.setMinWidth(0);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button table = new Button();
        table.setId("export-table");
        // on the Compare tab the button exports the comparison, and has nothing to export until a county is picked
        var onCompare = tabs.getSelectionModel().selectedIndexProperty().isEqualTo(COMPARE);
        table.textProperty().bind(Bindings.when(onCompare).then(state.tr("review.export.compare"))
                .otherwise(state.tr("review.export.table")));
        table.disableProperty().bind(onCompare.and(Bindings.isEmpty(state.review().compared())));
        table.setOnAction(e -> exportCurrentTable());
        Button map = new Button();
        map.setId("export-map");
        map.textProperty().bind(state.tr("review.export.map"));
        map.setOnAction(e -> actions.exportMap());
        Button years = new Button();
        years.setId("compare-years");
        years.textProperty().bind(state.tr("compare.open"));
        Tooltip yearsTip = new Tooltip();
        yearsTip.textProperty().bind(state.tr("compare.open.tip"));
        years.setTooltip(yearsTip);
        years.setOnAction(e -> state.compare().open());
        MenuButton data = new MenuButton();
        data.setId("data-menu");
        data.textProperty().bind(state.tr("review.data.menu"));
        data.getItems().addAll(item("review.data.import", actions::importData), item("review.data.exportWorkbook", actions::exportWorkbook),
                item("review.data.export", actions::exportData),
                item("export.gis", actions::exportGis), item("export.atlas", actions::exportAtlas),
                item("review.data.restore", actions::restoreBundled));
        for (javafx.scene.control.Control c : List.of(table, map, years, data)) {
            c.setMinWidth(Region.USE_PREF_SIZE);
        }
        javafx.scene.control.ToggleButton enlarge = new javafx.scene.control.ToggleButton();
        enlarge.setId("review-enlarge");
        enlarge.textProperty().bind(state.tr("review.table.enlarge"));
        enlarge.selectedProperty().bindBidirectional(enlarged);
        enlarge.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, hint, spacer, enlarge, years, table, map, data);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("review-header");
        return box;
    }

    private MenuItem item(String key, Runnable action) {
        MenuItem m = new MenuItem();
        m.textProperty().bind(state.tr(key));
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Exports what the current tab shows: a table as filtered and sorted, the Sources list, or the
     * comparison side by side. With no county to compare yet, the keyboard goes to the picker instead.
     */
    public void exportCurrentTable() {
        int i = tabs.getSelectionModel().getSelectedIndex();
        if (i == 1) {
            actions.exportTable("enclaves-projects", items.exportRows());
        } else if (i == 2) {
            actions.exportTable("sources", sources.exportRows());
        } else if (i == COMPARE) {
            if (state.review().compared().isEmpty()) {
                focusWhenShown(compare.picker());
            } else {
                actions.exportTable("comparison", compare.exportRows());
            }
        } else {
            actions.exportTable("pairings", pairings.exportRows());
        }
    }

    public javafx.beans.property.BooleanProperty enlargedProperty() {
        return enlarged;
    }

    public void exportMap() {
        actions.exportMap();
    }

    public void importData() {
        actions.importData();
    }

    public ReviewTable<PairingRow> pairings() {
        return pairings;
    }

    public ReviewTable<ItemRow> items() {
        return items;
    }

    public ComparePanel compare() {
        return compare;
    }

    public TabPane tabs() {
        return tabs;
    }

    public void dispose() {
        state.review().sourceProperty().removeListener(onSource);
        pairings.dispose();
        items.dispose();
        sources.dispose();
        compare.dispose();
    }
}
