package org.mountainsseas.mode.lecture;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.data.TourReader;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * Starts and ends a lecture: reads the tour, swaps the window's content for a {@link LectureView}
 * and puts the explorer back when the presenter leaves. A tour that cannot be read is reported in
 * a dialog naming the file, the step and the field; the explorer stays as it was.
 */
public final class LectureMode {
    /** Rehearse: the lecture in a window with the presenter view beside it (PowerPoint's key for the same). */
    public static final KeyCombination REHEARSE = new KeyCodeCombination(KeyCode.F5, KeyCombination.ALT_DOWN);
    private final AppState state;
    private final Atlas atlas;
    private final Map<String, List<double[]>> outlines;
    private LectureView view;
    /** Puts the window back as it was before {@link #fillScreen()}; nothing when it was not called. */
    private Runnable restoreScreen = () -> { };
    private PresenterWindow presenter;
    private Clock clock = Clock.systemDefaultZone();
    /** The China view's province layer, for the tour's China steps; null: they show Zhejiang. */
    private java.util.function.Supplier<List<org.mountainsseas.model.Boundary>> provinces;

    public LectureMode(AppState state, Atlas atlas, Map<String, List<double[]>> outlines) {
        this.state = state;
        this.atlas = atlas;
        this.outlines = outlines;
    }

    /** The province layer the tour's China steps draw on (docs/tour-format.md, {@code "china": true}). */
    public void setChinaBase(java.util.function.Supplier<List<org.mountainsseas.model.Boundary>> provinces) {
        this.provinces = provinces;
    }

    /**
     * Reads a tour: {@code arg} is a bundled tour's name, a path to a tour file, or null for the
     * default bundled tour.
     */
    public static Tour loadTour(Dataset data, String arg) throws LoadException {
        TourReader reader = new TourReader(data);
        if (arg == null || arg.isBlank()) {
            return reader.readBundled(TourReader.BUNDLED.get(0));
        }
        if (TourReader.BUNDLED.contains(arg)) {
            return reader.readBundled(arg);
        }
        return reader.read(Path.of(arg));
    }

    /** Reads the tour and starts it in {@code scene}; returns the view, or null after reporting a bad tour. */
    public LectureView start(Scene scene, String tourArg, LectureTheme theme, int step) {
        Tour tour;
        try {
            tour = loadTour(state.dataset(), tourArg);
        } catch (LoadException e) {
            Alert alert = Dialogs.alert(state.language(), Alert.AlertType.ERROR, state.text("lecture.error.title"),
                    state.text("lecture.error.title"), state.format("lecture.error.body", e.getMessage()));
            alert.initOwner(scene.getWindow());
            alert.show();
            return null;
        }
        return start(scene, tour, theme, step);
    }

    /** Starts a tour that has been read: the window shows it until Esc. */
    public LectureView start(Scene scene, Tour tour, LectureTheme theme, int step) {
        if (view != null) {
            view.leave();
        }
        Parent explorer = scene.getRoot();
        // a lecture inside the kiosk offers no exports (file dialogs) and no Leave: visitors stay in the kiosk
        boolean kiosk = state.mode() == org.mountainsseas.state.AppMode.KIOSK;
        state.startLecture();
        TourState tourState = new TourState(state, tour);
        LectureView[] holder = new LectureView[1];
        LectureView lecture = new LectureView(state, tourState, atlas, outlines, theme, () -> {
            closePresenter();
            restoreScreen.run();
            restoreScreen = () -> { };
            holder[0].dispose();
            scene.setRoot(explorer);
            view = null;
            state.endLecture();
        });
        holder[0] = lecture;
        view = lecture;
        if (provinces != null) {
            lecture.setChinaBase(provinces);
        }
        if (!kiosk) {
            LectureExportMenu exports = new LectureExportMenu(state, lecture, atlas, outlines, scene);
            Button leave = new Button();
            leave.textProperty().bind(state.tr("lecture.leave"));
            leave.setFocusTraversable(false);
            leave.setOnAction(e -> lecture.leave());
            lecture.addToBar(exports.status(), exports.menu(), leave);
        }
        lecture.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (REHEARSE.match(e)) {
                e.consume();
                rehearse();
            }
        });
        scene.setRoot(lecture);
        tourState.goTo(step);
        lecture.requestFocus();
        return lecture;
    }

    /**
     * Fills the screen the window is on with the running lecture. Esc, the lecture's own key to
     * leave, leaves the full screen with it (the window's own Esc handling is switched off
     * meanwhile, so one press does not leave only the full screen); leaving restores the window.
     */
    public void fillScreen() {
        Stage stage = stage();
        if (stage == null) {
            return;
        }
        boolean was = stage.isFullScreen();
        KeyCombination exitKey = stage.getFullScreenExitKeyCombination();
        String hint = stage.getFullScreenExitHint();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(state.text("lecture.fullscreen.hint"));
        stage.setFullScreen(true);
        Runnable before = restoreScreen;
        restoreScreen = () -> {
            stage.setFullScreen(was);
            stage.setFullScreenExitKeyCombination(exitKey);
            stage.setFullScreenExitHint(hint);
            before.run();
        };
    }

    /**
     * ▶ Present and F5 for the running lecture: with a second screen, the lecture's window moves to
     * the audience's screen (see {@link ScreenChoice}) and fills it, and the presenter window opens
     * on the screen the window was on; with one screen the lecture fills it.
     */
    public void present() {
        Stage stage = stage();
        if (stage == null) {
            return;
        }
        List<Screen> screens = Screen.getScreens();
        List<ScreenChoice.Area> areas = new ArrayList<>();
        screens.forEach(s -> areas.add(area(s.getBounds())));
        ScreenChoice.Choice choice = ScreenChoice.choose(areas, windowArea(stage), -1);
        if (!choice.twoScreens()) {
            fillScreen();
            return;
        }
        keepWindowPlace(stage);
        Rectangle2D audience = screens.get(choice.audience()).getBounds();
        stage.setMaximized(false);
        stage.setX(audience.getMinX());
        stage.setY(audience.getMinY());
        fillScreen();
        openPresenter(stage, area(screens.get(choice.presenter()).getVisualBounds()), true);
    }

    /**
     * Rehearse (Alt+F5) for the running lecture: the lecture's window takes the left of its screen and
     * the presenter window the right, nothing full screen; leaving puts the window back.
     */
    public void rehearse() {
        Stage stage = stage();
        if (stage == null || presenter != null) {
            return;
        }
        if (stage.isFullScreen()) {
            // a rehearsal is in windows: undo the full screen first, as leaving would
            restoreScreen.run();
            restoreScreen = () -> { };
        }
        List<Screen> here = Screen.getScreensForRectangle(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
        Rectangle2D bounds = (here.isEmpty() ? Screen.getPrimary() : here.get(0)).getVisualBounds();
        List<ScreenChoice.Area> parts = ScreenChoice.beside(area(bounds));
        keepWindowPlace(stage);
        ScreenChoice.Area left = parts.get(0);
        stage.setMaximized(false);
        stage.setX(left.x());
        stage.setY(left.y());
        stage.setWidth(left.width());
        stage.setHeight(left.height());
        openPresenter(stage, parts.get(1), false);
    }

    /** Remembers where the window is, to put it back when the lecture ends. */
    private void keepWindowPlace(Stage stage) {
        double x = stage.getX(), y = stage.getY(), w = stage.getWidth(), h = stage.getHeight();
        boolean maximized = stage.isMaximized();
        Runnable before = restoreScreen;
        restoreScreen = () -> {
            before.run();
            stage.setX(x);
            stage.setY(y);
            stage.setWidth(w);
            stage.setHeight(h);
            stage.setMaximized(maximized);
        };
    }

    private void openPresenter(Stage audience, ScreenChoice.Area where, boolean maximized) {
        LectureView lecture = view;
        presenter = new PresenterWindow(state, lecture, atlas, outlines, clock, audience, where, maximized, lecture::leave);
        presenter.show();
        lecture.requestFocus();
    }

    private void closePresenter() {
        if (presenter != null) {
            presenter.close();
            presenter = null;
        }
    }

    private Stage stage() {
        if (view == null || view.getScene() == null || !(view.getScene().getWindow() instanceof Stage)) {
            return null;
        }
        return (Stage) view.getScene().getWindow();
    }

    private static ScreenChoice.Area area(Rectangle2D r) {
        return new ScreenChoice.Area(r.getMinX(), r.getMinY(), r.getWidth(), r.getHeight());
    }

    private static ScreenChoice.Area windowArea(Stage stage) {
        return new ScreenChoice.Area(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight());
    }

    /** The clock the presenter window reads for elapsed time and the time of day (tests pass one they move). */
    public void useClock(Clock c) {
        this.clock = c;
    }

    /** The open presenter window's view, or null. */
    public PresenterView presenterView() {
        return presenter == null ? null : presenter.view();
    }

    /** The open presenter window, or null. */
    public Stage presenterStage() {
        return presenter == null ? null : presenter.stage();
    }

    /** Closes the presenter window and disposes the running lecture's view (the main window is going away). */
    public void dispose() {
        closePresenter();
        if (view != null) {
            view.dispose();
        }
    }

    /** The running lecture, or null. */
    public LectureView view() {
        return view;
    }
}
