package org.mountainsseas.app;

import java.io.IOException;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mountainsseas.io.Settings;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;

/**
 * Restores the language and the window's place from the settings file and saves them again: at
 * once when the language changes, and on exit for the window. A save that fails is reported on
 * stderr and never stops the app.
 */
final class WindowMemory {
    private final SettingsStore store;
    private final Settings loaded;
    private AppState state;
    private Stage stage;
    private final ChangeListener<Language> onLanguage = (obs, old, now) -> save();

    WindowMemory(SettingsStore store) {
        this.store = store;
        this.loaded = store.load();
    }

    Settings loaded() {
        return loaded;
    }

    /** Why the settings file could not be used, or null. */
    LoadProblem warning() {
        return store.warning();
    }

    /** Puts the window back where it was if that place is still on a screen, and starts listening. */
    void attach(AppState state, Stage stage) {
        this.state = state;
        this.stage = stage;
        Settings.Window w = loaded.window();
        if (w != null && !Screen.getScreensForRectangle(new Rectangle2D(w.x(), w.y(), w.width(), w.height())).isEmpty()) {
            stage.setX(w.x());
            stage.setY(w.y());
            stage.setMaximized(w.maximised());
        }
        state.languageProperty().addListener(onLanguage);
    }

    /** Saves and stops listening. */
    void dispose() {
        if (state != null) {
            state.languageProperty().removeListener(onLanguage);
            save();
        }
    }

    private void save() {
        Settings s = loaded.withLanguage(state.language());
        if (stage.getWidth() > 0 && stage.getHeight() > 0) {
            // the size of the scene, which is what the app sets on the next start
            double width = stage.getScene() != null ? stage.getScene().getWidth() : stage.getWidth();
            double height = stage.getScene() != null ? stage.getScene().getHeight() : stage.getHeight();
            Settings.Window old = loaded.window();
            boolean max = stage.isMaximized();
            s = s.withWindow(max && old != null
                    ? new Settings.Window(old.x(), old.y(), old.width(), old.height(), true)
                    : new Settings.Window(stage.getX(), stage.getY(), Math.max(100, width), Math.max(100, height), max));
        }
        try {
            store.save(s);
        } catch (IOException e) {
            System.err.println("mountains-and-seas: could not save the settings to " + store.file() + ": " + e.getMessage());
        }
    }
}
