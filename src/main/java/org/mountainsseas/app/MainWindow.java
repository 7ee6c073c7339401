package org.mountainsseas.app;

import java.util.function.Consumer;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.panel.AboutDialog;
import org.mountainsseas.panel.DetailPanel;
import org.mountainsseas.panel.FiguresPanel;
import org.mountainsseas.panel.ProblemsDialog;
import org.mountainsseas.panel.TimelineBar;
import org.mountainsseas.panel.TopBar;
import org.mountainsseas.state.AppState;

/**
 * The main window's content: title bar on top, the map in the centre with the timeline bar under
 * it, and on the right the detail panel and the figures panel as two tabs. Window-wide keys: Ctrl+L switches language, F1 opens About, Home fits the province,
 * Esc clears the selection.
 */
public final class MainWindow extends BorderPane {
    private static final KeyCombination LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    private final AppState state;
    private final MapPane map;
    private final DetailPanel panel;
    private final TimelineBar timeline;
    private final FiguresPanel figures;
    private final TabPane side;
    private final javafx.beans.value.ChangeListener<String> showDetails;

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
        setTop(bar);
        timeline = new TimelineBar(state, openLink);
        VBox centre = new VBox(map, timeline);
        VBox.setVgrow(map, Priority.ALWAYS);
        setCenter(centre);
        figures = new FiguresPanel(state, openLink);
        side = sideTabs(state);
        // choosing a county shows its details again
        showDetails = (o, a, b) -> {
            if (b != null) {
                showFigures(false);
            }
        };
        state.selectedProperty().addListener(showDetails);
        setRight(side);
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private TabPane sideTabs(AppState state) {
        Tab details = new Tab();
        details.textProperty().bind(state.tr("tab.details"));
        details.setContent(panel);
        details.setId("tab-details");
        Tab numbers = new Tab();
        numbers.textProperty().bind(state.tr("tab.figures"));
        numbers.setContent(figures);
        numbers.setId("tab-figures");
        TabPane tabs = new TabPane(details, numbers);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("side-tabs");
        tabs.setPrefWidth(panel.getPrefWidth());
        tabs.setMinWidth(panel.getMinWidth());
        return tabs;
    }

    private void onKey(KeyEvent e) {
        if (LANGUAGE.match(e)) {
            state.toggleLanguage();
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

    public MapPane map() {
        return map;
    }

    public DetailPanel panel() {
        return panel;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    public FiguresPanel figures() {
        return figures;
    }

    /** Shows the figures tab (true) or the details tab (false). */
    public void showFigures(boolean show) {
        side.getSelectionModel().select(show ? 1 : 0);
    }

    public void dispose() {
        map.dispose();
        panel.dispose();
        timeline.dispose();
        figures.dispose();
        state.selectedProperty().removeListener(showDetails);
    }
}
