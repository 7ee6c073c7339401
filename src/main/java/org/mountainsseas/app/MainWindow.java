package org.mountainsseas.app;

import java.util.function.Consumer;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.mode.LectureMode;
import org.mountainsseas.mode.LectureTheme;
import org.mountainsseas.mode.LectureView;
import org.mountainsseas.panel.AboutDialog;
import org.mountainsseas.panel.DetailPanel;
import org.mountainsseas.panel.ProblemsDialog;
import org.mountainsseas.panel.TopBar;
import org.mountainsseas.state.AppState;

/**
 * The main window's content: title bar on top, the map in the centre, the detail panel on the
 * right. Window-wide keys: Ctrl+L switches language, F1 opens About, F5 starts the lecture,
 * Home fits the province, Esc clears the selection.
 */
public final class MainWindow extends BorderPane {
    private static final KeyCombination LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private final AppState state;
    private final MapPane map;
    private final DetailPanel panel;
    private final LectureMode lecture;

    public MainWindow(AppState state, World world, Consumer<String> openLink) {
        this.state = state;
        getStyleClass().add("main-window");
        map = new MapPane(state, world.atlas(), MapStyle.standard(), world.cityOutlines());
        panel = new DetailPanel(state, openLink);
        panel.setPrefWidth(380);
        panel.setMinWidth(300);
        TopBar bar = new TopBar(state,
                () -> AboutDialog.create(state, getScene().getWindow()).show(),
                () -> ProblemsDialog.create(state, getScene().getWindow()).show());
        lecture = new LectureMode(state, world.atlas(), world.cityOutlines());
        Button present = new Button();
        present.setId("present");
        present.textProperty().bind(state.tr("lecture.start"));
        Tooltip presentTip = new Tooltip();
        presentTip.textProperty().bind(state.tr("lecture.start.tip"));
        present.setTooltip(presentTip);
        present.setOnAction(e -> present(null, LectureTheme.PROJECTOR, 1));
        bar.addTool(present);
        setTop(bar);
        setCenter(map);
        setRight(panel);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void onKey(KeyEvent e) {
        if (LANGUAGE.match(e)) {
            state.toggleLanguage();
        } else if (e.getCode() == KeyCode.F1) {
            AboutDialog.create(state, getScene().getWindow()).show();
        } else if (e.getCode() == KeyCode.ESCAPE && state.selected() != null) {
            state.clearSelection();
        } else if (e.getCode() == KeyCode.F5) {
            present(null, LectureTheme.PROJECTOR, 1);
        } else if (e.getCode() == KeyCode.HOME && !map.isFocused()) {
            state.goHome();
        } else {
            return;
        }
        e.consume();
    }

    /** Starts the lecture mode with a tour (null: the bundled one) at a 1-based step; null if the tour is bad. */
    public LectureView present(String tour, LectureTheme theme, int step) {
        return lecture.start(getScene(), tour, theme, step - 1);
    }

    public MapPane map() {
        return map;
    }

    public DetailPanel panel() {
        return panel;
    }

    public void dispose() {
        if (lecture.view() != null) {
            lecture.view().dispose();
        }
        map.dispose();
        panel.dispose();
    }
}
