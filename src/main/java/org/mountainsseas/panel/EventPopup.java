package org.mountainsseas.panel;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.TimelineEvent;
import org.mountainsseas.state.AppState;

/** The captions of one year's timeline events, each with its date, sources and confidence; closes on Esc or a click outside. */
final class EventPopup extends Popup {
    private static final double MAX_HEIGHT = 560;
    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox content = new VBox(8);
    private final VBox items = new VBox(8);
    private final ScrollPane scroll = new ScrollPane(items);

    EventPopup(AppState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        setAutoHide(true);
        setHideOnEscape(true);
        content.getStyleClass().add("event-popup");
        content.setId("event-popup");
        content.setMaxWidth(440);
        content.setPrefWidth(440);
        // a year with many events scrolls rather than running off the screen
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(MAX_HEIGHT);
        scroll.getStyleClass().add("event-scroll");
        getContent().add(content);
    }

    void show(int year, List<TimelineEvent> events, Node anchor) {
        Language l = state.language();
        Label title = new Label(state.format("timeline.events", String.valueOf(year)));
        title.getStyleClass().add("section-title");
        content.getChildren().setAll(title, scroll);
        items.getChildren().clear();
        for (TimelineEvent e : events) {
            Label date = new Label(Formats.dating(e.date(), l));
            date.getStyleClass().add("event-date");
            Label text = Cards.wrap(e.event().get(l), "event-text");
            text.setId("event-" + e.id());
            VBox box = new VBox(2, date, text, new SourcesView(e.provenance(), state.dataset(), l,
                    // the popup is a window of its own, outside the kiosk's :kiosk styles: no link at all there
                    state.mode() == org.mountainsseas.state.AppMode.KIOSK ? null : openLink));
            box.getStyleClass().add("event-item");
            items.getChildren().add(box);
        }
        if (anchor.getScene() == null) {
            return;
        }
        if (!content.getStylesheets().equals(anchor.getScene().getStylesheets())) {
            content.getStylesheets().setAll(anchor.getScene().getStylesheets());
        }
        Bounds b = anchor.localToScreen(anchor.getBoundsInLocal());
        content.applyCss();
        scroll.setPrefViewportHeight(Math.min(MAX_HEIGHT - 4, items.prefHeight(420)));
        double h = content.prefHeight(440);
        show(anchor, Math.max(0, b.getMinX() - 200), Math.max(0, b.getMinY() - h - 8));
    }
}
