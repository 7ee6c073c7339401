package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.state.AppState;

/**
 * The side panel in the China view: the selected item beyond Zhejiang (its Zhejiang partner, places,
 * programme and sources), or a hint to tap a place. Rebuilt when the selection, data or language change.
 */
public final class OutreachPanel extends ScrollPane {
    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox box = new VBox(10);
    private final List<Subscription> subscriptions = new ArrayList<>();

    public OutreachPanel(AppState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        setId("outreach-panel");
        getStyleClass().add("detail-panel");
        setFitToWidth(true);
        box.getStyleClass().add("detail-content");
        setContent(box);
        subscriptions.add(state.china().selectedItemProperty().subscribe(id -> rebuild()));
        subscriptions.add(state.languageProperty().subscribe(l -> rebuild()));
        subscriptions.add(state.datasetProperty().subscribe(d -> rebuild()));
    }

    private void rebuild() {
        var l = state.language();
        box.getChildren().clear();
        Label title = new Label(Messages.get(l, "china.title"));
        title.getStyleClass().add("panel-title");
        box.getChildren().add(title);
        Outreach shown = null;
        for (Outreach o : state.dataset().outreach()) {
            if (o.id().equals(state.china().selectedItem())) {
                shown = o;
            }
        }
        if (shown == null) {
            box.getChildren().add(Cards.wrap(Messages.get(l, "china.hint"), "note"));
            return;
        }
        box.getChildren().add(Cards.outreach(shown, state.dataset(), l, openLink));
    }

    /** Removes the listeners on the state. */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
