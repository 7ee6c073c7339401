package org.mountainsseas.panel;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/** The bar under the title: search (Ctrl+F), the filters with their chips, and the Review toggle (Ctrl+R). */
public final class ReviewBar extends HBox {
    private final SearchBox search;
    private final FilterBar filters;
    private final Subscription followOpen;

    public ReviewBar(AppState state) {
        setId("review-bar");
        getStyleClass().add("review-bar");
        setSpacing(10);
        setAlignment(Pos.TOP_LEFT);
        search = new SearchBox(state);
        filters = new FilterBar(state);
        // the filters take the room between the search and the toggle, wrapping when it is short
        HBox.setHgrow(filters, Priority.ALWAYS);
        ToggleButton review = new ToggleButton();
        review.setId("review-toggle");
        review.textProperty().bind(state.tr("review.toggle"));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.tr("review.toggle.tip"));
        review.setTooltip(tip);
        followOpen = state.review().openProperty().subscribe(review::setSelected);
        review.setOnAction(e -> state.review().setOpen(review.isSelected()));
        review.setMinWidth(Region.USE_PREF_SIZE);
        // the review area exports, imports and opens file dialogs: for officials, not a kiosk's visitors
        Shown.onlyWhen(review, state.modeIs(AppMode.KIOSK).not());
        getChildren().addAll(search, filters, review);
    }

    public SearchBox search() {
        return search;
    }

    public FilterBar filters() {
        return filters;
    }

    /** Stops following the state: the bar is being replaced. */
    public void dispose() {
        followOpen.unsubscribe();
        filters.dispose();
    }
}
