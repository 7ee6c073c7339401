package org.mountainsseas.app;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.panel.AboutDialog;
import org.mountainsseas.panel.DetailPanel;
import org.mountainsseas.panel.ProblemsDialog;
import org.mountainsseas.panel.ReviewArea;
import org.mountainsseas.panel.ReviewBar;
import org.mountainsseas.panel.TopBar;
import org.mountainsseas.state.AppState;

/**
 * The main window's content: title bar on top, the map in the centre, the detail panel on the
 * right. Window-wide keys: Ctrl+L switches language, F1 opens About, Home fits the province,
 * Esc clears the selection. Review tools (issue #5): Ctrl+F search, Ctrl+R review area, Ctrl+E export
 * the table, Ctrl+P export the map, Ctrl+I import data, Ctrl+K add the selection to Compare.
 */
public final class MainWindow extends BorderPane {
    private static final KeyCombination LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private final AppState state;
    private final MapPane map;
    private final DetailPanel panel;
    private final ReviewBar reviewBar;
    private final ReviewArea review;
    private final SplitPane split = new SplitPane();
    private final ReviewFiles files;

    public MainWindow(AppState state, World world, Consumer<String> openLink) {
        this(state, world, openLink, DataLocation.bundled(), ImportStore.inUserHome());
    }

    /** @param base the data the app was started with; imports in {@code store} lie over it */
    public MainWindow(AppState state, World world, Consumer<String> openLink, DataLocation base, ImportStore store) {
        this.state = state;
        getStyleClass().add("main-window");
        map = new MapPane(state, world.atlas(), MapStyle.standard(), world.cityOutlines());
        panel = new DetailPanel(state, openLink);
        panel.setPrefWidth(380);
        panel.setMinWidth(300);
        TopBar bar = new TopBar(state,
                () -> AboutDialog.create(state, getScene().getWindow()).show(),
                () -> ProblemsDialog.create(state, getScene().getWindow()).show());
        reviewBar = new ReviewBar(state);
        files = new ReviewFiles(state, this, world, base, store);
        review = new ReviewArea(state, files, openLink);
        split.setOrientation(Orientation.VERTICAL);
        state.review().openProperty().addListener((o, a, open) -> showReview(open));
        setTop(new VBox(bar, reviewBar));
        showReview(state.review().openProperty().get());
        setRight(panel);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (LANGUAGE.match(e)) {
            state.toggleLanguage();
        } else if (ReviewKeys.handle(e, state, reviewBar, review)) {
            return;
        } else if (e.getCode() == KeyCode.F1) {
            AboutDialog.create(state, getScene().getWindow()).show();
        } else if (e.getCode() == KeyCode.ESCAPE && state.selected() != null) {
            state.clearSelection();
        } else if (e.getCode() == KeyCode.HOME && !map.isFocused()) {
            state.goHome();
        } else {
            return;
        }
        e.consume();
    }

    private void showReview(boolean open) {
        if (open) {
            split.getItems().setAll(map, review);
            split.setDividerPositions(0.5);
            setCenter(split);
        } else {
            split.getItems().clear();
            setCenter(map);
        }
    }

    ReviewFiles files() {
        return files;
    }

    public ReviewBar reviewBar() {
        return reviewBar;
    }

    public ReviewArea review() {
        return review;
    }

    public MapPane map() {
        return map;
    }

    public DetailPanel panel() {
        return panel;
    }

    public void dispose() {
        map.dispose();
        panel.dispose();
        reviewBar.dispose();
        review.dispose();
    }
}
