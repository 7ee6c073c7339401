package org.mountainsseas.testing;

import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/** The bundled data, loaded once per test JVM and shared by the UI tests (it never changes). */
public final class TestWorld {
    private static World world;

    private TestWorld() {
    }

    public static synchronized World bundled() {
        if (world == null) {
            world = WorldLoader.load(DataLocation.bundled());
        }
        return world;
    }

    /** A fresh AppState in {@code language} with the bundled data loaded. */
    public static AppState state(Language language) {
        World w = bundled();
        AppState state = new AppState(language);
        state.loadData(w.dataset(), w.sides(), w.problems());
        return state;
    }

    /** Shows a main window on the bundled data in a 1280×800 scene on {@code stage}. */
    public static org.mountainsseas.app.MainWindow window(javafx.stage.Stage stage, AppState state) {
        var window = new org.mountainsseas.app.MainWindow(state, bundled(), url -> { });
        stage.setScene(new javafx.scene.Scene(window, 1280, 800));
        stage.show();
        return window;
    }
}
