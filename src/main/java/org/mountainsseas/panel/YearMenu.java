package org.mountainsseas.panel;

import java.util.function.Function;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.mountainsseas.model.YearRange;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;

/**
 * One year bound of the filter bar ("from" or "to"): a menu button reading the chosen year, or
 * "any", over radio items for "any" and each year of {@link AppState#yearRange()}. A menu
 * button and not a combo box, because the bar is in the first window and a combo box's list skin
 * costs start-up time; its items become nodes only when the menu first opens. Built from the
 * state and rebuilt by the {@link FilterBar} on every change, so it adds no listener of its own.
 */
final class YearMenu extends MenuButton {
    /**
     * @param key  "review.filter.yearFrom" or "review.filter.yearTo": its ".tip" and ".access" texts are used
     * @param span the first and last year offered
     * @param with the filter with this bound set to a year, or opened for null ("any")
     */
    YearMenu(AppState state, String id, String key, YearRange span, Integer chosen, Function<Integer, ReviewFilter> with) {
        String any = state.text("review.filter.year.any");
        setId(id);
        getStyleClass().add("year-menu");
        setText(chosen == null ? any : chosen.toString());
        setAccessibleText(state.format(key + ".access", getText()));
        setTooltip(new Tooltip(state.text(key + ".tip")));
        ToggleGroup group = new ToggleGroup();
        getItems().add(item(state, group, any, null, chosen, with));
        for (int y = span.first(); y <= span.last(); y++) {
            getItems().add(item(state, group, Integer.toString(y), y, chosen, with));
        }
    }

    private static RadioMenuItem item(AppState state, ToggleGroup group, String text, Integer year, Integer chosen,
                                      Function<Integer, ReviewFilter> with) {
        RadioMenuItem item = new RadioMenuItem(text);
        item.setToggleGroup(group);
        item.setSelected(java.util.Objects.equals(year, chosen));
        item.setOnAction(e -> {
            ReviewFilter next = with.apply(year);
            if (!next.equals(state.review().filter())) {
                state.review().setFilter(next);
            }
        });
        return item;
    }
}
