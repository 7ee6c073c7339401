package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * A card's facts, a key and a wrapping value per row, updated in place: {@link #clear} then
 * {@link #add} for each fact; the rows it had are reused in order (their texts set), rows beyond
 * the facts now shown leave the grid and come back when needed, so showing another item makes no
 * new labels once the grid has held as many rows.
 */
final class FactGrid extends GridPane {
    private final List<Label> keys = new ArrayList<>();
    private final List<Label> values = new ArrayList<>();
    private int shown;

    FactGrid() {
        ColumnConstraints k = new ColumnConstraints();
        k.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints v = new ColumnConstraints();
        v.setMinWidth(0);
        v.setHgrow(Priority.ALWAYS);
        v.setFillWidth(true);
        getColumnConstraints().addAll(k, v);
        setHgap(10);
        setVgap(4);
        getStyleClass().add("fact-grid");
    }

    /** Starts a new list of facts; the rows appear as {@link #add} fills them. */
    FactGrid clear() {
        shown = 0;
        return this;
    }

    /** The next fact, in the row after the last one added; shown once {@link #done} is called. */
    FactGrid add(String key, String value) {
        if (shown == keys.size()) {
            Label k = new Label(key);
            k.getStyleClass().add("fact-key");
            k.setMinWidth(Region.USE_PREF_SIZE);
            Label v = Cards.wrap(value, "fact-value");
            setConstraints(k, 0, shown);
            setConstraints(v, 1, shown);
            keys.add(k);
            values.add(v);
        } else {
            keys.get(shown).setText(key);
            values.get(shown).setText(value);
        }
        shown++;
        return this;
    }

    /** How many facts the grid shows. */
    int rows() {
        return shown;
    }

    private void fitRows() {
        List<Node> wanted = new ArrayList<>(2 * shown);
        for (int i = 0; i < shown; i++) {
            wanted.add(keys.get(i));
            wanted.add(values.get(i));
        }
        Children.fit(getChildren(), wanted);
    }

    /** Drops the rows past the facts added since {@link #clear}; call once the facts are added. */
    FactGrid done() {
        fitRows();
        return this;
    }
}
