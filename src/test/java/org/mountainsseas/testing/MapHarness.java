package org.mountainsseas.testing;

import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.map.MapPainter;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * The main window on the bundled data in English, shown for a map UI test: a test's {@code @Start}
 * calls {@link #show}. Painters are found by type, not by where they stand in the map's list.
 */
public final class MapHarness {
    public final AppState state;
    public final MainWindow window;

    private MapHarness(AppState state, MainWindow window) {
        this.state = state;
        this.window = window;
    }

    /** Builds the window and shows it on {@code stage} (1280×800); call on the FX thread. */
    public static MapHarness show(Stage stage) {
        AppState state = TestWorld.state(Language.EN);
        return new MapHarness(state, TestWorld.window(stage, state));
    }

    public MapPane map() {
        return window.map();
    }

    /** The map's painter of this type; fails if the map has none. */
    public <L extends MapPainter> L layer(Class<L> type) {
        return map().layers().stream().filter(type::isInstance).map(type::cast).findFirst()
                .orElseThrow(() -> new AssertionError("the map has no " + type.getSimpleName() + ": " + map().layers()));
    }
}
