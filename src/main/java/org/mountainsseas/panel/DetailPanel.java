package org.mountainsseas.panel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.YearView;
import org.mountainsseas.state.AppState;

/**
 * The side panel: with no selection, what the map shows and how to use it; with a county
 * selected, its names, city, class, side of the Qingda Line, partners (each a link that selects
 * it), enclaves and projects (each a card that opens), all with sources and confidence. Rebuilt
 * when the selection, language or data change: on the next pulse, before its CSS and layout, so a
 * click commits its selection at once and several changes in one pulse rebuild the panel once.
 */
public final class DetailPanel extends ScrollPane {
    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox content = new VBox(12);
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
            content.getChildren().setAll(title, Cards.corridor(link, data, l, openLink));
        } else {
            content.getChildren().setAll(c == null ? intro(data, l) : county(c, data, l));
        }
        setVvalue(0);
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
            line.getChildren().addAll(qt, Cards.wrap(q.definition().get(l), "panel-body"),
                    Cards.wrap(Messages.get(l, "qingda.caveat"), "caveat"));
            for (var e : q.endpoints()) {
                line.getChildren().add(Cards.wrap("≈ " + e.name().get(l) + " (" + e.place().get(l) + "): "
                        + e.coordinateNote().get(l), "caveat"));
            }
            line.getChildren().add(new SourcesView(q.provenance(), data, l, openLink));
        }
        return List.of(title, body, stats, hint, line);
    }

    private List<javafx.scene.Node> county(County c, Dataset data, Language l) {
        Label name = new WrapLabel(ShownText.name(c.name().get(l)));
        name.getStyleClass().add("panel-title");
        name.setId("county-name");
        Label other = new Label(ShownText.name(c.name().get(l.other())));
        other.getStyleClass().add("panel-subtitle");
        other.setId("county-name-other");
        fullOnDemand(name, c.name().get(l));
        fullOnDemand(other, c.name().get(l.other()));

        CountyClass k = data.classOf(c.adcode());
        GridPane facts = Cards.grid();
        int r = 0;
        r = Cards.row(facts, r, Messages.get(l, "panel.city"), ShownText.name(c.city().get(l)));
        r = Cards.row(facts, r, Messages.get(l, "panel.class"), Formats.countyClass(k, l));
        r = Cards.row(facts, r, Messages.get(l, "panel.side"), Formats.side(state.sideOf(c.adcode()), l));
        Membership m = data.membershipOf(c.adcode());
        if (m != null) {
            String listed = Messages.get(l, m.group() == Membership.Group.ISLAND ? "membership.island" : "membership.listed")
                    + " " + Formats.dating(m.from(), l);
            if (m.until() != null) {
                listed += Messages.get(l, "membership.left") + " " + Formats.dating(m.until(), l);
            }
            r = Cards.row(facts, r, Messages.get(l, "panel.list"), listed);
        }
        Label classBadge = new Label(Formats.countyClass(k, l));
        classBadge.getStyleClass().addAll("class-badge", "class-" + k.name().toLowerCase());
        HBox header = new HBox(8, classBadge);

        VBox partners = section(l, k == CountyClass.MOUNTAIN || k == CountyClass.OTHER ? "panel.partners" : "panel.supports");
        partners.setId("partners");
        List<Pairing> pairings = data.pairingsOf(c.adcode());
        if (pairings.isEmpty()) {
            Label none = Cards.wrap(Messages.get(l, k == CountyClass.MOUNTAIN ? "panel.noPartner" : "panel.noPairing"), "no-partner");
            none.setId("no-partner");
            partners.getChildren().add(none);
        }
        for (Pairing p : pairings) {
            partners.getChildren().add(pairing(p, c.adcode(), data, l));
        }
        VBox enclaves = section(l, "panel.enclaves");
        enclaves.setId("enclaves");
        List<Enclave> es = data.enclavesOf(c.adcode());
        if (es.isEmpty()) {
            enclaves.getChildren().add(Cards.wrap(Messages.get(l, "panel.noEnclaves"), "empty"));
        }
        for (Enclave e : es) {
            enclaves.getChildren().add(Cards.enclave(e, data, l, openLink));
        }
        VBox projects = section(l, "panel.projects");
        projects.setId("projects");
        List<Project> ps = data.projectsOf(c.adcode());
        if (ps.isEmpty()) {
            projects.getChildren().add(Cards.wrap(Messages.get(l, "panel.noProjects"), "empty"));
        }
        for (Project p : ps) {
            projects.getChildren().add(Cards.project(p, data, l, openLink));
        }
        return List.of(header, name, other, facts, partners, enclaves, projects);
    }

    private VBox pairing(Pairing p, String self, Dataset data, Language l) {
        boolean asMountain = Objects.equals(p.mountain(), self);
        String otherCode = asMountain ? p.partner() : p.mountain();
        County other = data.county(otherCode);
        VBox box = new VBox(3);
        box.getStyleClass().add("pairing");
        if (other != null) {
            Hyperlink link = new Hyperlink(ShownText.name(other.name().get(l)) + " · " + ShownText.name(other.city().get(l)));
            link.getStyleClass().add("partner-link");
            link.setId("partner-" + otherCode);
            link.setOnAction(e -> state.select(otherCode));
            box.getChildren().add(link);
        } else {
            Label off = new Label(ShownText.name(p.partnerName().get(l)) + " — " + Messages.get(l, "pairing.offMap"));
            off.getStyleClass().add("partner-off-map");
            box.getChildren().add(off);
        }
        String since = Messages.get(l, "pairing.since") + " " + Formats.dating(p.since(), l)
                + " · " + Formats.status(p.status(), l);
        box.getChildren().add(Cards.wrap(since, "pairing-since"));
        YearView year = state.yearView();
        if (year != null) {
            Presence at = year.pairing(p);
            Label inYear = Cards.wrap(Messages.format(l, "timeline.presence." + at.name().toLowerCase(Locale.ROOT),
                    String.valueOf(year.year())), "pairing-in-year");
            inYear.getStyleClass().add("presence-" + at.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.getChildren().add(inYear);
        }
        if (p.note() != null) {
            box.getChildren().add(Cards.wrap(p.note().get(l), "note"));
        }
        box.getChildren().add(new SourcesView(p.provenance(), data, l, openLink));
        return box;
    }

    /** A name cut for showing ({@link ShownText}) keeps the full one in a tooltip and for screen readers. */
    private static void fullOnDemand(Label label, String full) {
        if (ShownText.cut(full)) {
            Tooltip tip = new Tooltip(full);
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            label.setTooltip(tip);
            label.setAccessibleText(full);
        }
    }

    private static VBox section(Language l, String key) {
        Label t = new Label(Messages.get(l, key));
        t.getStyleClass().add("section-title");
        VBox box = new VBox(6, t);
        box.getStyleClass().add("section");
        return box;
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
