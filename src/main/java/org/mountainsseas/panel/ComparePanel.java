package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.state.AppState;

/**
 * Two or more counties side by side: class, city, side of the Qingda Line, partners, enclaves,
 * projects and their figures. Counties are added from a picker, from the map's selection, or from
 * the tables; each column has a remove button. Rebuilt when the pick, the data or the language change;
 * {@link #exportRows} gives the same grid for export.
 */
public final class ComparePanel extends VBox {
    /** The compared facts, one row each, in the order shown. */
    private static final String[] ROWS = {"panel.class", "panel.city", "panel.side", "panel.partners", "panel.enclaves",
            "panel.projects", "review.compare.figures"};
    private final AppState state;
    private final ComboBox<County> picker = new ComboBox<>();
    private final javafx.scene.control.TextField search = new javafx.scene.control.TextField();
    private org.mountainsseas.search.SearchIndex index;
    private Dataset indexed;
    private final GridPane grid = new GridPane();
    private final InvalidationListener onChange = o -> rebuild();

    public ComparePanel(AppState state) {
        this.state = state;
        setId("compare-panel");
        getStyleClass().add("compare-panel");
        setSpacing(8);
        picker.setId("compare-picker");
        picker.setCellFactory(v -> countyCell());
        picker.setButtonCell(countyCell());
        picker.promptTextProperty().bind(state.tr("review.compare.pick"));
        Button add = button("compare-add", "review.compare.add", () -> {
            if (picker.getValue() != null && !state.review().compared().contains(picker.getValue().adcode())) {
                state.review().toggleCompare(picker.getValue().adcode());
            }
        });
        Button addSelected = button("compare-add-selected", "review.compare.addSelected", () -> {
            if (state.selected() != null && !state.review().compared().contains(state.selected())) {
                state.review().toggleCompare(state.selected());
            }
        });
        addSelected.disableProperty().bind(state.selectedProperty().isNull());
        // ↑/↓ choose a county in the closed picker, Enter adds it: Compare works from the keyboard
        picker.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !picker.isShowing()) {
                add.fire();
                e.consume();
            }
        });
        Button clear = button("compare-clear", "review.compare.clear", () -> state.review().setCompared(List.of()));
        // typing searches as the main search does (汉字, pinyin, initials, English); Enter adds the best match, ↓ opens the list
        search.setId("compare-search");
        search.promptTextProperty().bind(state.tr("review.compare.search"));
        search.setPrefColumnCount(16);
        search.textProperty().addListener((o, a, b) -> filterPicker(b));
        search.setOnAction(e -> {
            add.fire();
            search.clear();
        });
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DOWN) {
                picker.requestFocus();
                picker.show();
                e.consume();
            }
        });
        HBox bar = new HBox(8, search, picker, add, addSelected, clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        grid.getStyleClass().add("compare-grid");
        grid.setHgap(18);
        grid.setVgap(6);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToHeight(false);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(bar, scroll);
        state.review().compared().addListener(onChange);
        state.languageProperty().addListener(onChange);
        state.datasetProperty().addListener(onChange);
        rebuild();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button();
        b.setId(id);
        b.textProperty().bind(state.tr(key));
        b.setOnAction(e -> action.run());
        return b;
    }

    private ListCell<County> countyCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(County c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : org.mountainsseas.i18n.ShownText.name(c.name().get(state.language())) + " · " + org.mountainsseas.i18n.ShownText.name(c.city().get(state.language())));
            }
        };
    }

    /** The picker lists the counties matching what was typed, best first, with the best chosen; all of them when nothing is typed. */
    private void filterPicker(String typed) {
        Dataset d = state.dataset();
        if (typed == null || typed.isBlank()) {
            picker.getItems().setAll(sorted(d));
            return;
        }
        if (indexed != d) {
            index = org.mountainsseas.search.SearchIndex.build(d);
            indexed = d;
        }
        List<County> found = new ArrayList<>();
        for (org.mountainsseas.search.SearchHit h : index.search(typed, 200)) {
            County c = h.kind() == org.mountainsseas.search.SearchHit.Kind.COUNTY ? d.county(h.adcode()) : null;
            if (c != null && !found.contains(c)) {
                found.add(c);
            }
        }
        picker.getItems().setAll(found);
        picker.setValue(found.isEmpty() ? null : found.get(0));
    }

    private static List<County> sorted(Dataset d) {
        List<County> all = new ArrayList<>(d.counties());
        all.sort(Comparator.comparing(c -> c.name().en()));
        return all;
    }

    /** The field that searches the counties to compare. */
    public javafx.scene.control.TextField search() {
        return search;
    }

    private void rebuild() {
        Language l = state.language();
        Dataset d = state.dataset();
        List<County> all = sorted(d);
        if (search.getText().isBlank() && !all.equals(picker.getItems())) {
            picker.getItems().setAll(all);
        }
        grid.getChildren().clear();
        List<String> picked = state.review().compared();
        if (picked.isEmpty()) {
            Label hint = new Label(state.text("review.compare.hint"));
            hint.getStyleClass().add("empty");
            grid.add(hint, 0, 0);
            return;
        }
        for (int r = 0; r < ROWS.length; r++) {
            Label key = new Label(state.text(ROWS[r]));
            key.getStyleClass().add("fact-key");
            javafx.scene.layout.GridPane.setValignment(key, javafx.geometry.VPos.TOP);
            grid.add(key, 0, r + 1);
        }
        for (int i = 0; i < picked.size(); i++) {
            String adcode = picked.get(i);
            County c = d.county(adcode);
            Label name = new Label(org.mountainsseas.i18n.ShownText.name(c.name().get(l)));
            name.getStyleClass().add("section-title");
            Button remove = new Button("✕");
            remove.setAccessibleText(state.text("review.compare.remove") + " " + c.name().get(l));
            remove.setOnAction(e -> state.review().toggleCompare(adcode));
            grid.add(new HBox(6, name, remove), i + 1, 0);
            String[] values = column(d, adcode, l);
            for (int r = 0; r < values.length; r++) {
                Label v = new Label(values[r]);
                v.setWrapText(true);
                v.setMaxWidth(260);
                v.getStyleClass().add("fact-value");
                javafx.scene.layout.GridPane.setValignment(v, javafx.geometry.VPos.TOP);
                grid.add(v, i + 1, r + 1);
            }
        }
    }

    /** The compared facts of one county, in the order of the row titles. */
    private String[] column(Dataset d, String adcode, Language l) {
        County c = d.county(adcode);
        List<String> partners = new ArrayList<>();
        for (Pairing p : d.pairingsOf(adcode)) {
            String other = adcode.equals(p.mountain()) ? p.partnerName().get(l) : ReviewTables.name(state, p.mountain()).text();
            partners.add(other + " (" + Formats.dating(p.since(), l) + ")");
        }
        if (partners.isEmpty() && d.mountainCounties().contains(adcode)) {
            partners.add(state.text("review.noPartner"));
        }
        List<String> enclaves = new ArrayList<>();
        List<String> figures = new ArrayList<>();
        for (Enclave e : d.enclavesOf(adcode)) {
            enclaves.add(e.name().get(l));
            e.figures().forEach(f -> figures.add(figure(e.name().get(l), f, l)));
        }
        List<String> projects = new ArrayList<>();
        for (Project p : d.projectsOf(adcode)) {
            projects.add(p.name().get(l));
            p.figures().forEach(f -> figures.add(figure(p.name().get(l), f, l)));
        }
        return new String[] {Formats.countyClass(d.classOf(adcode), l), c.city().get(l), Formats.side(state.sideOf(adcode), l),
                orNone(partners), orNone(enclaves), orNone(projects), orNone(figures)};
    }

    private static String figure(String owner, Figure f, Language l) {
        return owner + " — " + f.label().get(l) + ": " + f.text().get(l);
    }

    private String orNone(List<String> items) {
        return items.isEmpty() ? "—" : "• " + String.join("\n• ", items);
    }

    /**
     * The comparison as shown, for CSV and XLSX export: a header of the counties (under an empty
     * corner, as on screen), then one row per fact with its title and each county's value.
     */
    public List<List<String>> exportRows() {
        Language l = state.language();
        Dataset d = state.dataset();
        List<String> picked = state.review().compared();
        List<List<String>> out = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(""));
        List<String[]> columns = new ArrayList<>();
        for (String adcode : picked) {
            head.add(d.county(adcode).name().get(l));
            columns.add(column(d, adcode, l));
        }
        out.add(head);
        for (int r = 0; r < ROWS.length; r++) {
            List<String> row = new ArrayList<>(List.of(state.text(ROWS[r])));
            for (String[] values : columns) {
                row.add(values[r]);
            }
            out.add(row);
        }
        return out;
    }

    public ComboBox<County> picker() {
        return picker;
    }

    public void dispose() {
        state.review().compared().removeListener(onChange);
        state.languageProperty().removeListener(onChange);
        state.datasetProperty().removeListener(onChange);
    }
}
