package org.mountainsseas.panel;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Source;
import org.mountainsseas.review.SourceFacts;
import org.mountainsseas.state.AppState;

/**
 * The Sources view: every source (title, publisher, date, how many facts cite it) and, for the
 * one picked, its link and every fact resting on it with its confidence. Picking a fact about a
 * county selects it on the map.
 */
public final class SourcesPanel extends SplitPane {
    private final AppState state;
    private final TableView<Source> table = new TableView<>();
    private final ListView<SourceFacts.Fact> facts = new ListView<>();
    private final Label heading = new Label();
    private final Hyperlink link = new Hyperlink();
    private final InvalidationListener onData = o -> reload();
    private final InvalidationListener onLanguage = o -> { table.refresh(); facts.refresh(); showPicked(); };
    private final ChangeListener<String> onSource = (o, a, b) -> pick(b);
    private Map<String, List<SourceFacts.Fact>> byId = Map.of();

    public SourcesPanel(AppState state, Consumer<String> openLink) {
        this.state = state;
        setId("sources-panel");
        setOrientation(Orientation.HORIZONTAL);
        table.setId("sources-table");
        column("review.src.publisher", s -> Cell.of(s.publisher() == null ? "—" : s.publisher()), 160);
        column("review.src.title", s -> Cell.of(s.title()), 320);
        column("review.src.date", s -> Cell.of(s.date() == null ? "—" : s.date()), 90);
        column("review.src.readAt", s -> Cell.of(s.readAt() == null ? "—" : s.readAt()), 160);
        column("review.src.facts", s -> Cell.of(Integer.toString(byId.getOrDefault(s.id(), List.of()).size()),
                byId.getOrDefault(s.id(), List.of()).size()), 60);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showPicked());
        heading.getStyleClass().add("section-title");
        heading.setWrapText(true);
        link.setOnAction(e -> {
            Source s = table.getSelectionModel().getSelectedItem();
            if (s != null && org.mountainsseas.model.WebLink.isWebLink(s.url())) {
                openLink.accept(s.url());
            }
        });
        facts.setId("source-facts");
        facts.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SourceFacts.Fact f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : f.label().get(state.language()) + "  ·  "
                        + Messages.get(state.language(), "review.fact." + f.kind().name().toLowerCase(java.util.Locale.ROOT))
                        + "  ·  " + Messages.get(state.language(), "confidence.label") + " "
                        + Formats.confidence(f.confidence(), state.language()));
            }
        });
        facts.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> show(f));
        VBox detail = new VBox(6, heading, link, facts);
        VBox.setVgrow(facts, Priority.ALWAYS);
        detail.getStyleClass().add("sources-detail");
        getItems().addAll(table, detail);
        setDividerPositions(0.55);
        state.datasetProperty().addListener(onData);
        state.languageProperty().addListener(onLanguage);
        state.review().sourceProperty().addListener(onSource);
        reload();
    }

    private void column(String key, java.util.function.Function<Source, Cell> cell, double width) {
        TableColumn<Source, Cell> c = new TableColumn<>();
        c.textProperty().bind(state.tr(key));
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(cell.apply(f.getValue())));
        c.setPrefWidth(width);
        table.getColumns().add(c);
    }

    /** Shows a picked fact where it lives: an item beyond Zhejiang on the China view, a corridor on its layer, else its county. */
    private void show(SourceFacts.Fact f) {
        if (f == null) {
            return;
        }
        switch (f.kind()) {
            case BEYOND -> state.showBeyond(f.id());
            case CORRIDOR -> state.showCorridor(f.id());
            default -> {
                if (f.adcode() != null) {
                    state.select(f.adcode());
                }
            }
        }
    }

    private void reload() {
        byId = SourceFacts.of(state.dataset());
        table.getItems().setAll(state.dataset().sources());
        pick(state.review().sourceProperty().get());
    }

    private void pick(String id) {
        Source s = id == null ? null : state.dataset().source(id);
        if (s != null) {
            table.getSelectionModel().select(s);
            table.scrollTo(s);
        }
    }

    private void showPicked() {
        Source s = table.getSelectionModel().getSelectedItem();
        if (s == null) {
            heading.setText(state.text("review.src.pick"));
            link.setVisible(false);
            facts.getItems().clear();
            return;
        }
        heading.setText(SourceText.line(s, state.language()));
        // a URL that is not a web link stays readable in the heading, as text
        boolean web = org.mountainsseas.model.WebLink.isWebLink(s.url());
        link.setVisible(web);
        link.setText(web ? s.url() : "");
        if (!web && s.url() != null) {
            heading.setText(SourceText.line(s, state.language()) + " — " + s.url());
        }
        facts.getItems().setAll(byId.getOrDefault(s.id(), List.of()));
    }

    /** Each source as shown: title, publisher, date, link and how many facts rest on it; the header first. */
    public List<List<String>> exportRows() {
        List<List<String>> out = new java.util.ArrayList<>();
        out.add(List.of(state.text("review.src.publisher"), state.text("review.src.title"), state.text("review.src.date"),
                state.text("review.src.readAt"), state.text("review.src.link"), state.text("review.src.facts")));
        for (Source s : table.getItems()) {
            out.add(List.of(s.publisher() == null ? "" : s.publisher(), s.title(), s.date() == null ? "" : s.date(),
                    s.readAt() == null ? "" : s.readAt(), s.url() == null ? "" : s.url(), Integer.toString(byId.getOrDefault(s.id(), List.of()).size())));
        }
        return out;
    }

    public TableView<Source> table() {
        return table;
    }

    public void dispose() {
        state.datasetProperty().removeListener(onData);
        state.languageProperty().removeListener(onLanguage);
        state.review().sourceProperty().removeListener(onSource);
    }
}
