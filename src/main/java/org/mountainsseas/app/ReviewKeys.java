package org.mountainsseas.app;

import java.util.function.Supplier;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.mountainsseas.panel.ReviewArea;
import org.mountainsseas.panel.ReviewBar;
import org.mountainsseas.state.AppState;

/** The review tools' window-wide shortcuts. */
final class ReviewKeys {
    static final KeyCombination SEARCH = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REVIEW = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_TABLE = new KeyCodeCombination(KeyCode.E, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination EXPORT_MAP = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination IMPORT = new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination COMPARE = new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN);

    private ReviewKeys() {
    }

    /** Handles and consumes a review shortcut; false if the key is not one. */
    static boolean handle(KeyEvent e, AppState state, ReviewBar bar, Supplier<ReviewArea> area) {
        if (SEARCH.match(e)) {
            bar.search().requestFocus();
            bar.search().selectAll();
        } else if (REVIEW.match(e)) {
            state.review().toggleOpen();
            if (state.review().openProperty().get()) {
                area.get().focusCurrentTable();
            }
        } else if (EXPORT_TABLE.match(e)) {
            state.review().setOpen(true);
            area.get().exportCurrentTable();
        } else if (EXPORT_MAP.match(e)) {
            area.get().exportMap();
        } else if (IMPORT.match(e)) {
            area.get().importData();
        } else if (COMPARE.match(e)) {
            // the selection joins the comparison; the picker takes the keyboard to add more
            if (state.selected() != null && !state.review().compared().contains(state.selected())) {
                state.review().toggleCompare(state.selected());
            }
            state.review().setOpen(true);
            area.get().showCompare();
        } else {
            return false;
        }
        e.consume();
        return true;
    }
}
