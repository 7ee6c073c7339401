package org.mountainsseas.app;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
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
 * once when the language changes, and on exit for the window and the review area's divider. The file is written (with fsync)
 * on a background thread, never on the FX thread; exit waits for it. A save that fails never stops
 * the app: it is reported on stderr and, the first time only, to {@link #onSaveFailed} for the user.
 */
final class WindowMemory {
    private final SettingsStore store;
    private final Settings loaded;
    private AppState state;
    private Stage stage;
    private java.util.function.Supplier<Double> reviewSplit;
    private final ChangeListener<Language> onLanguage = (obs, old, now) -> save();
    private final AtomicBoolean told = new AtomicBoolean();
    private volatile Consumer<LoadProblem> onSaveFailed = p -> { };
    private volatile boolean closing;
    private boolean placeWindow = true;
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "settings-writer");
        t.setDaemon(true);
        return t;
    });

    WindowMemory(SettingsStore store) {
        this.store = store;
        this.loaded = store.load();
    }

    Settings loaded() {
        return loaded;
    }

    /**
     * The remembered window's place and size, moved onto a screen that is connected now (see
     * {@link #clamp}); null when nothing usable is remembered. Call on the FX thread.
     */
    Rectangle2D placement() {
        var screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        return clamp(loaded.window(), screens, Screen.getPrimary().getVisualBounds());
    }

    /** The smallest window the app opens at when the screen allows it. */
    static final double MIN_WIDTH = 640;
    static final double MIN_HEIGHT = 480;

    /**
     * Where a remembered window opens: on the screen it overlaps most (else {@code primary}), no
     * larger than that screen and no smaller than {@value #MIN_WIDTH}×{@value #MIN_HEIGHT}, wholly on
     * it. A window saved on a screen that is gone, with a negative or enormous size, or with a
     * coordinate that is not a finite number, still opens where it can be seen; null (the default
     * size) when nothing is remembered or a size is not a number. Pure: the screens are passed in.
     */
    static Rectangle2D clamp(Settings.Window w, java.util.List<Rectangle2D> screens, Rectangle2D primary) {
        if (w == null || !Double.isFinite(w.width()) || !Double.isFinite(w.height())) {
            return null;
        }
        boolean placed = Double.isFinite(w.x()) && Double.isFinite(w.y());
        Rectangle2D screen = primary;
        double best = 0;
        for (Rectangle2D s : placed ? screens : java.util.List.<Rectangle2D>of()) {
            double overlap = Math.max(0, Math.min(s.getMaxX(), w.x() + Math.max(0, w.width())) - Math.max(s.getMinX(), w.x()))
                    * Math.max(0, Math.min(s.getMaxY(), w.y() + Math.max(0, w.height())) - Math.max(s.getMinY(), w.y()));
            if (overlap > best) {
                best = overlap;
                screen = s;
            }
        }
        double width = Math.min(screen.getWidth(), Math.max(MIN_WIDTH, w.width()));
        double height = Math.min(screen.getHeight(), Math.max(MIN_HEIGHT, w.height()));
        double x = placed ? Math.max(screen.getMinX(), Math.min(w.x(), screen.getMaxX() - width)) : screen.getMinX() + (screen.getWidth() - width) / 2;
        double y = placed ? Math.max(screen.getMinY(), Math.min(w.y(), screen.getMaxY() - height)) : screen.getMinY() + (screen.getHeight() - height) / 2;
        return new Rectangle2D(x, y, width, height);
    }

    /** Why the settings file could not be used, or null. */
    LoadProblem warning() {
        return store.warning();
    }

    /** Where the divider between the map and the review area stands now; read when saving. */
    void rememberReviewSplit(java.util.function.Supplier<Double> split) {
        this.reviewSplit = split;
    }

    /**
     * Who is told, on the FX thread, that a save failed: once per run, so a folder that stays
     * unwritable does not raise a warning at every change. Not called for the save on exit.
     */
    void onSaveFailed(Consumer<LoadProblem> report) {
        this.onSaveFailed = report;
    }

    /** Puts the window back where it was if that place is still on a screen, and starts listening. */
    void attach(AppState state, Stage stage) {
        attach(state, stage, true);
    }

    /**
     * Starts listening; with {@code placeWindow} false (a kiosk, which covers its screen) the
     * window is neither moved to the remembered place nor its bounds saved, so a kiosk run never
     * leaves the desktop window a full-screen size or an off-screen place.
     */
    void attach(AppState state, Stage stage, boolean placeWindow) {
        this.state = state;
        this.stage = stage;
        this.placeWindow = placeWindow;
        Rectangle2D place = placement();
        if (placeWindow && place != null) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
            stage.setMaximized(loaded.window().maximised());
        }
        state.languageProperty().addListener(onLanguage);
    }

    /** Saves, waits for the file to be written, and stops listening. */
    void dispose() {
        closing = true;
        if (state != null) {
            state.languageProperty().removeListener(onLanguage);
            save();
        }
        flush();
        writer.shutdown();
    }

    /** Waits (up to 5 s) until every save asked for so far is on disk. */
    void flush() {
        try {
            writer.submit(() -> { }).get(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException | java.util.concurrent.RejectedExecutionException e) {
            System.err.println("mountains-and-seas: the settings were not written in time: " + e);
        }
    }

    private void save() {
        Settings s = loaded.withLanguage(state.language());
        if (reviewSplit != null) {
            s = s.withReviewSplit(reviewSplit.get());
        }
        if (placeWindow && stage.getWidth() > 0 && stage.getHeight() > 0) {
            // the size of the scene, which is what the app sets on the next start
            double width = stage.getScene() != null ? stage.getScene().getWidth() : stage.getWidth();
            double height = stage.getScene() != null ? stage.getScene().getHeight() : stage.getHeight();
            Settings.Window old = loaded.window();
            boolean max = stage.isMaximized();
            s = s.withWindow(max && old != null
                    ? new Settings.Window(old.x(), old.y(), old.width(), old.height(), true)
                    : new Settings.Window(stage.getX(), stage.getY(), Math.max(100, width), Math.max(100, height), max));
        }
        Settings snapshot = s;
        writer.execute(() -> {
            try {
                store.save(snapshot);
            } catch (IOException e) {
                System.err.println("mountains-and-seas: could not save the settings to " + store.file() + ": " + e.getMessage());
                if (!closing && told.compareAndSet(false, true)) {
                    LoadProblem problem = store.saveFailure(e);
                    Platform.runLater(() -> onSaveFailed.accept(problem));
                }
            }
        });
    }
}
