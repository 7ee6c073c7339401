package org.mountainsseas.panel;

import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.geometry.Bounds;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import javafx.stage.Popup;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.search.SearchHit;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/**
 * The search field: results as you type (Chinese, pinyin with or without tones, initials,
 * English) in a list under the field; ↑/↓ move through them, Enter (or a click) flies to the
 * result, Esc closes the list. The focus stays in the field throughout.
 */
public final class SearchBox extends TextField {
    static final int LIMIT = 12;
    private static final double ROW = 26;
    private static final double WIDTH = 560;
    private final AppState state;
    private final ListView<SearchHit> results = new ListView<>();
    private final Popup popup = new Popup();

    public SearchBox(AppState state) {
        this.state = state;
        setId("search");
        getStyleClass().add("search-box");
        // a touch screen has no Ctrl+F, and the desktop prompt is cut off at kiosk text size
        promptTextProperty().bind(Bindings.when(state.modeIs(AppMode.KIOSK))
                .then(state.tr("kiosk.search.prompt")).otherwise(state.tr("review.search.prompt")));
        // the prompt is kept short enough to read whole; how to type a name is told here
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        tip.textProperty().bind(state.tr("search.tip"));
        setTooltip(tip);
        setPrefColumnCount(22);
        results.setId("search-results");
        results.setFixedCellSize(ROW);
        results.setFocusTraversable(false);
        results.setCellFactory(v -> new ListCell<>() {
            {
                // a long result ends in "…" (its whole text in the tooltip) instead of widening the list
                setPrefWidth(0);
                setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
            }

            @Override
            protected void updateItem(SearchHit h, boolean empty) {
                super.updateItem(h, empty);
                String text = empty || h == null ? null : describe(h, state.language());
                setText(text);
                setTooltip(text == null ? null : new javafx.scene.control.Tooltip(text));
            }
        });
        results.setOnMouseClicked(e -> go(results.getSelectionModel().getSelectedItem()));
        popup.getContent().add(results);
        popup.setAutoHide(true);
        textProperty().addListener((o, a, b) -> update(b));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        focusedProperty().addListener((o, a, focused) -> {
            if (!focused) {
                popup.hide();
            }
        });
    }

    static String describe(SearchHit h, Language l) {
        String kind = Messages.get(l, "review.kind." + h.kind().name().toLowerCase(Locale.ROOT));
        String detail = h.detail().get(l);
        return h.title().get(l) + (detail.isBlank() ? "" : "  ·  " + detail) + "  —  " + kind;
    }

    private void update(String query) {
        List<SearchHit> hits = state.review().searchIndex().search(query, LIMIT);
        results.getItems().setAll(hits);
        if (hits.isEmpty()) {
            popup.hide();
            return;
        }
        results.getSelectionModel().select(0);
        results.setPrefWidth(Math.max(getWidth(), WIDTH));
        results.setPrefHeight(hits.size() * ROW + 4);
        if (!popup.isShowing() && getScene() != null && getScene().getWindow() != null && isFocused()) {
            Bounds b = localToScreen(getBoundsInLocal());
            popup.show(this, b.getMinX(), b.getMaxY());
        }
    }

    private void onKey(KeyEvent e) {
        var model = results.getSelectionModel();
        switch (e.getCode()) {
            case DOWN -> model.select(Math.min(model.getSelectedIndex() + 1, results.getItems().size() - 1));
            case UP -> model.select(Math.max(model.getSelectedIndex() - 1, 0));
            case ENTER -> go(model.getSelectedItem());
            case ESCAPE -> {
                if (!popup.isShowing() && getText().isEmpty()) {
                    return;
                }
                popup.hide();
                clear();
            }
            default -> {
                return;
            }
        }
        results.scrollTo(Math.max(model.getSelectedIndex(), 0));
        e.consume();
    }

    /**
     * Flies to a result: selects and frames its county, shows a source in the Sources view, a corridor
     * on its layer, or cooperation beyond Zhejiang on the China view.
     */
    void go(SearchHit h) {
        if (h == null) {
            return;
        }
        popup.hide();
        if (h.kind() == SearchHit.Kind.SOURCE) {
            state.review().showSource(h.id());
        } else if (h.kind() == SearchHit.Kind.CORRIDOR) {
            // a corridor is shown as itself, on its layer, framed with the counties it links
            state.showCorridor(h.id());
            state.dataset().corridors().stream().filter(c -> c.id().equals(h.id())).findFirst()
                    .ifPresent(c -> state.focusAll(c.counties()));
        } else if (h.kind() == SearchHit.Kind.BEYOND) {
            // cooperation beyond Zhejiang happens on the China view: open it on the item, as its inset tap does
            state.showBeyond(h.id());
        } else if (h.adcode() != null) {
            state.select(h.adcode());
            state.focus(h.adcode());
        }
    }

    /** The results now listed (for tests). */
    public List<SearchHit> results() {
        return List.copyOf(results.getItems());
    }

    public SearchHit highlighted() {
        return results.getSelectionModel().getSelectedItem();
    }
}
