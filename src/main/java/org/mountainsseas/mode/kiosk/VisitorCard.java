package org.mountainsseas.mode.kiosk;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * The visitor's card for the selected county: its name in Chinese and English, its partners as
 * big chips (a tap selects the partner and flies the map there), one story with a big number and
 * its source line, and "more" for the rest. Hidden without a selection; rebuilt when the
 * selection, language or data change.
 */
public final class VisitorCard extends ScrollPane {
    private final AppState state;
    private final VBox content = new VBox();
    private final Subscription subscription;
    private boolean expanded;

    public VisitorCard(AppState state) {
        this.state = state;
        setId("kiosk-card");
        getStyleClass().add("kiosk-visitor-card");
        content.getStyleClass().add("kiosk-visitor-card-content");
        setContent(content);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        subscription = state.selectedProperty().subscribe(s -> {
            expanded = false;
            rebuild();
        }).and(state.languageProperty().subscribe(this::rebuild)).and(state.datasetProperty().subscribe(this::rebuild));
    }

    private void rebuild() {
        content.getChildren().clear();
        County county = state.selectedCounty();
        setVisible(county != null);
        setManaged(county != null);
        if (county == null) {
            return;
        }
        Dataset data = state.dataset();
        Language lang = state.language();
        Button close = button("kiosk-card-close", state.text("kiosk.card.close"), "kiosk-card-close");
        close.setOnAction(e -> state.clearSelection());
        Label zh = label(org.mountainsseas.i18n.ShownText.name(county.name().zh()), "kiosk-card-name", "kiosk-heading");
        zh.setId("kiosk-card-name");
        Label en = label(org.mountainsseas.i18n.ShownText.name(county.name().en()), "kiosk-card-name-en");
        CountyClass kind = data.classOf(county.adcode());
        String cls = kind == CountyClass.MOUNTAIN ? "kiosk.card.mountain" : kind == CountyClass.PARTNER ? "kiosk.card.partner"
                : "kiosk.card.other";
        Label what = label(state.format(cls, org.mountainsseas.i18n.ShownText.name(county.city().get(lang))), "kiosk-card-kind");
        content.getChildren().addAll(close, zh, en, what);
        var partners = data.partnersOf(county.adcode());
        if (!partners.isEmpty()) {
            content.getChildren().add(label(state.text(kind == CountyClass.MOUNTAIN ? "kiosk.card.partners" : "kiosk.card.supports"),
                    "kiosk-card-section"));
            FlowPane chips = new FlowPane();
            chips.getStyleClass().add("kiosk-chips");
            for (String p : partners) {
                County other = data.county(p);
                Button chip = button("chip-" + p, org.mountainsseas.i18n.ShownText.name(other.name().get(lang)), "kiosk-chip");
                chip.setOnAction(e -> VisitorLayout.goTo(state, this, p));
                chips.getChildren().add(chip);
            }
            content.getChildren().add(chips);
        }
        stories(data, county.adcode(), lang);
    }

    private void stories(Dataset data, String adcode, Language lang) {
        List<CountyStories.Story> stories = CountyStories.of(data, adcode, lang);
        if (stories.isEmpty()) {
            content.getChildren().add(label(state.text("kiosk.card.none"), "kiosk-card-body"));
            return;
        }
        content.getChildren().add(story(stories.get(0), true));
        if (stories.size() > 1) {
            Button more = button("kiosk-card-more", expanded ? state.text("kiosk.card.less")
                    : state.format("kiosk.card.more", stories.size() - 1), "kiosk-card-more");
            more.setOnAction(e -> {
                expanded = !expanded;
                rebuild();
            });
            content.getChildren().add(more);
            if (expanded) {
                stories.subList(1, stories.size()).forEach(s -> content.getChildren().add(story(s, false)));
            }
        }
    }

    private VBox story(CountyStories.Story s, boolean lead) {
        VBox box = new VBox();
        box.getStyleClass().addAll("kiosk-story", lead ? "lead" : "other");
        if (lead && s.hasNumber()) {
            box.getChildren().addAll(label(s.number(), "kiosk-number"), label(s.numberLabel(), "kiosk-card-body"));
        }
        box.getChildren().add(label(s.title(), "kiosk-story-title"));
        if (!s.date().isEmpty()) {
            box.getChildren().add(label(s.date(), "kiosk-card-body"));
        }
        if (!s.source().isEmpty()) {
            box.getChildren().add(label(state.format("kiosk.card.source", s.source()), "kiosk-source"));
        }
        return box;
    }

    private static Label label(String text, String... styles) {
        Label l = new Label(text);
        l.getStyleClass().addAll(styles);
        l.setWrapText(true);
        return l;
    }

    private static Button button(String id, String text, String style) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(style);
        b.setFocusTraversable(false);
        b.setWrapText(true);
        return b;
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
