package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.FigureGroups;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.state.AppState;

/**
 * The province-wide figures: trends where a quantity was reported at several dates, bar charts
 * for comparable figures of one date, single numbers where nothing compares, and figures that are
 * not plain numbers as text. Under each, every figure with its value as the source words it, its
 * date and note, then its sources and confidence. Rebuilt when the language or data change.
 */
public final class FiguresPanel extends ScrollPane {
    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox content = new VBox(14);
    private final InvalidationListener onChange = o -> rebuild();
    private final javafx.beans.property.BooleanProperty wide = new javafx.beans.property.SimpleBooleanProperty(this, "wide");

    public FiguresPanel(AppState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        getStyleClass().add("figures-panel");
        setId("figures-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("figures-content");
        content.setMinWidth(0);
        viewportBoundsProperty().addListener((o, a, b) -> {
            content.setPrefWidth(b.getWidth());
            content.setMaxWidth(b.getWidth());
        });
        setContent(content);
        state.languageProperty().addListener(onChange);
        state.datasetProperty().addListener(onChange);
        wide.addListener(onChange);
        rebuild();
    }

    /** Whether the figures are shown across the window's whole width; the window lays itself out by it. */
    public javafx.beans.property.BooleanProperty wideProperty() {
        return wide;
    }

    private void rebuild() {
        Language l = state.language();
        Dataset data = state.dataset();
        List<Node> nodes = new ArrayList<>();
        Label title = new Label(Messages.get(l, "figures.title"));
        title.getStyleClass().add("figures-title");
        title.setWrapText(true);
        javafx.scene.control.ToggleButton widen = new javafx.scene.control.ToggleButton(
                Messages.get(l, wide.get() ? "figures.narrow" : "figures.wide"));
        widen.setId("figures-wide");
        widen.setSelected(wide.get());
        widen.selectedProperty().addListener((o, a, b) -> wide.set(b));
        widen.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        javafx.scene.layout.HBox.setHgrow(gap, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(title, javafx.scene.layout.Priority.SOMETIMES);
        javafx.scene.layout.HBox head = new javafx.scene.layout.HBox(8, title, gap, widen);
        head.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        nodes.add(head);
        nodes.add(Cards.wrap(Messages.get(l, "figures.intro"), "panel-body"));
        if (data.figures().isEmpty()) {
            nodes.add(Cards.wrap(Messages.get(l, "figures.none"), "empty"));
        }
        FigureGroups.Kind shown = null;
        for (FigureGroups.Group g : FigureGroups.of(data.figures())) {
            if (g.kind() != shown) {
                shown = g.kind();
                Label heading = new Label(Messages.get(l, "figures.kind." + g.kind().name().toLowerCase()));
                heading.getStyleClass().add("figures-heading");
                nodes.add(heading);
            }
            nodes.add(group(g, data, l));
        }
        content.getChildren().setAll(nodes);
        setVvalue(0);
    }

    private VBox group(FigureGroups.Group g, Dataset data, Language l) {
        VBox box = new VBox(4);
        box.getStyleClass().addAll("section", "figure-group");
        ProvinceFigure last = g.figures().get(g.figures().size() - 1);
        switch (g.kind()) {
            case TREND:
                box.getChildren().add(titled(last.figure().label().get(l) + " · "
                        + Formats.dating(g.figures().get(0).asOf(), l) + " → " + Formats.dating(last.asOf(), l)));
                box.getChildren().add(FigureCharts.trend(g, l));
                break;
            case BARS:
                box.getChildren().add(titled(Formats.dating(last.asOf(), l) + " · " + unitName(g.unit(), l)));
                box.getChildren().add(FigureCharts.bars(g, l));
                break;
            case SINGLE:
                Label big = new Label(last.figure().text().get(l));
                big.getStyleClass().add("figure-big");
                box.getChildren().add(big);
                break;
            default:
                break;
        }
        // one set of sources for the group if they share it, else each figure's right under it
        boolean shared = FigureGroups.sharedProvenance(g);
        for (ProvinceFigure f : g.figures()) {
            box.getChildren().add(row(f, g.kind(), l));
            if (!shared) {
                box.getChildren().add(new SourcesView(f.provenance(), data, l, openLink));
            }
        }
        if (shared) {
            box.getChildren().add(new SourcesView(g.figures().get(0).provenance(), data, l, openLink));
        }
        box.setId("figures-" + (last.series() != null && g.kind() == FigureGroups.Kind.TREND ? last.series() : g.figures().get(0).id()));
        return box;
    }

    private static Label titled(String text) {
        return Cards.wrap(text, "figure-title");
    }

    private Node row(ProvinceFigure f, FigureGroups.Kind kind, Language l) {
        String line = kind == FigureGroups.Kind.SINGLE
                ? Messages.format(l, "figures.row.single", f.figure().label().get(l), Formats.dating(f.asOf(), l))
                : Messages.format(l, "figures.row", f.figure().label().get(l), f.figure().text().get(l), Formats.dating(f.asOf(), l));
        VBox row = new VBox(1, Cards.wrap(line, kind == FigureGroups.Kind.TEXT ? "figure-text" : "figure-row"));
        row.setUserData(f.id());
        row.getStyleClass().add("figure-item");
        if (f.note() != null) {
            row.getChildren().add(Cards.wrap(f.note().get(l), "note"));
        }
        return row;
    }

    private static String unitName(String unit, Language l) {
        String key = "figures.unit." + (unit == null ? "none" : unit);
        return Messages.defined(key) ? Messages.get(l, key) : unit;
    }

    public void dispose() {
        state.languageProperty().removeListener(onChange);
        state.datasetProperty().removeListener(onChange);
        wide.removeListener(onChange);
    }
}
