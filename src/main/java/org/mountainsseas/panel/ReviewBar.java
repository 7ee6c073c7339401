package org.mountainsseas.panel;

import javafx.geometry.Pos;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/** The bar under the title: search (Ctrl+F), the filters with their chips, and the Review toggle (Ctrl+R). */
public final class ReviewBar extends HBox {
    private final SearchBox search;
    private final FilterBar filters;

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
        review.setSelected(state.review().openProperty().get());
        state.review().openProperty().addListener((o, a, b) -> review.setSelected(b));
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

    public void dispose() {
        filters.dispose();
    }
}
