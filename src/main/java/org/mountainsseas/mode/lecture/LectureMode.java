package org.mountainsseas.mode.lecture;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCombination;
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
    private final AppState state;
    private final Atlas atlas;
    private final Map<String, List<double[]>> outlines;
    private LectureView view;
    /** Puts the window back as it was before {@link #fillScreen()}; nothing when it was not called. */
    private Runnable restoreScreen = () -> { };
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
        if (view == null || view.getScene() == null || !(view.getScene().getWindow() instanceof Stage)) {
            return;
        }
        Stage stage = (Stage) view.getScene().getWindow();
        boolean was = stage.isFullScreen();
        KeyCombination exitKey = stage.getFullScreenExitKeyCombination();
        String hint = stage.getFullScreenExitHint();
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint(state.text("lecture.fullscreen.hint"));
        stage.setFullScreen(true);
        restoreScreen = () -> {
            stage.setFullScreen(was);
            stage.setFullScreenExitKeyCombination(exitKey);
            stage.setFullScreenExitHint(hint);
        };
    }

    /** The running lecture, or null. */
    public LectureView view() {
        return view;
    }
}
