package org.mountainsseas.panel;

import java.util.List;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.state.AppState;

/**
 * The side panel: with no selection, what the map shows and how to use it; with a county
 * selected, its names, city, class, side of the Qingda Line, partners (each a link that selects
 * it), enclaves and projects (each a card that opens), all with sources and confidence. Updated
 * when the selection, language, year or data change: on the next pulse, before its CSS and layout,
 * so a click commits its selection at once and several changes in one pulse update the panel once.
 * The county page ({@link CountyView}) is built once and refilled in place, and the introduction is
 * kept while the language and data stay, so a selection builds no new nodes and no CSS is applied
 * anew: switching pages hides one and shows the other.
 */
public final class DetailPanel extends ScrollPane {
    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox content = new VBox(12);
    private final VBox introPage = new VBox(12);
    private final CountyView countyPage;
    private final VBox corridorPage = new VBox(12);
    private Dataset introData;
    private Language introLanguage;
    private final InvalidationListener onChange = o -> markStale();
    private final Runnable beforePulse = this::rebuildIfStale;
    private boolean stale;

    public DetailPanel(AppState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        getStyleClass().add("detail-panel");
        setId("detail-panel");
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        content.getStyleClass().add("detail-content");
        // wrap text to the visible width, also once the vertical scroll bar takes its share
        content.setMinWidth(0);
        viewportBoundsProperty().addListener((o, a, b) -> {
            content.setPrefWidth(b.getWidth());
            content.setMaxWidth(b.getWidth());
        });
        countyPage = new CountyView(state::select, openLink);
        content.getChildren().addAll(introPage, countyPage, corridorPage);
        setContent(content);
        sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(beforePulse);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(beforePulse);
                rebuildIfStale();
            }
        });
        state.selectedProperty().addListener(onChange);
        state.languageProperty().addListener(onChange);
        state.datasetProperty().addListener(onChange);
        state.yearProperty().addListener(onChange);
        state.corridors().selectedProperty().addListener(onChange);
        rebuild();
    }

    private void markStale() {
        stale = true;
        if (getScene() != null) {
            Platform.requestNextPulse();
        }
    }

    private void rebuildIfStale() {
        if (stale) {
            rebuild();
        }
    }

    private void rebuild() {
        stale = false;
        Language l = state.language();
        Dataset data = state.dataset();
        County c = state.selectedCounty();
        org.mountainsseas.model.Corridor link = data.corridors().stream()
                .filter(k -> k.id().equals(state.corridors().selected())).findFirst().orElse(null);
        if (link != null) {
            Label title = new Label(Messages.get(l, "review.kind.corridor"));
            title.getStyleClass().add("panel-title");
            corridorPage.getChildren().setAll(title, Cards.corridor(link, data, l, openLink));
            show(corridorPage);
        } else if (c == null) {
            if (introData != data || introLanguage != l) {
                introPage.getChildren().setAll(intro(data, l));
                introData = data;
                introLanguage = l;
            }
            show(introPage);
        } else {
            countyPage.show(c, data, l, data.classOf(c.adcode()), state.sideOf(c.adcode()), state.yearView());
            show(countyPage);
        }
        setVvalue(0);
    }

    /** Shows one page; the others stay in place, hidden, to be refilled (a corridor's page is let go). */
    private void show(VBox page) {
        for (javafx.scene.Node n : content.getChildren()) {
            n.setVisible(n == page);
            n.setManaged(n == page);
        }
        if (page != corridorPage) {
            corridorPage.getChildren().clear();
        }
    }

    private List<javafx.scene.Node> intro(Dataset data, Language l) {
        Label title = new Label(Messages.get(l, "panel.intro.title"));
        title.getStyleClass().add("panel-title");
        title.setWrapText(true);
        Label body = Cards.wrap(Messages.get(l, "panel.intro.body"), "panel-body");
        long onMap = data.pairings().stream().filter(Pairing::onMap).count();
        Label stats = Cards.wrap(Messages.format(l, "panel.stats", data.mountainCounties().size(),
                data.pairings().size(), onMap, data.enclaves().size(), data.projects().size()), "panel-stats");
        Label hint = Cards.wrap(Messages.get(l, "panel.intro.hint"), "panel-hint");
        VBox line = new VBox(4);
        if (data.qingdaLine() != null) {
            var q = data.qingdaLine();
            Label qt = new Label(q.name().get(l));
            qt.getStyleClass().add("section-title");
            line.getChildren().addAll(qt, FreeText.of(q.definition().get(l), "panel-body"),
                    Cards.wrap(Messages.get(l, "qingda.caveat"), "caveat"));
            for (var e : q.endpoints()) {
                line.getChildren().add(FreeText.of("≈ " + e.name().get(l) + " (" + e.place().get(l) + "): "
                        + e.coordinateNote().get(l), "caveat"));
            }
            line.getChildren().add(new SourcesView(q.provenance(), data, l, openLink));
        }
        return List.of(title, body, stats, hint, line);
    }

    public void dispose() {
        if (getScene() != null) {
            getScene().removePreLayoutPulseListener(beforePulse);
        }
        state.selectedProperty().removeListener(onChange);
        state.languageProperty().removeListener(onChange);
        state.datasetProperty().removeListener(onChange);
        state.yearProperty().removeListener(onChange);
        state.corridors().selectedProperty().removeListener(onChange);
    }
}
