package org.mountainsseas.app;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mountainsseas.mode.kiosk.KioskConfig;
import org.mountainsseas.mode.kiosk.KioskMode;
import org.mountainsseas.mode.kiosk.KioskPinGate;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.state.AppState;

/**
 * The kiosk as the app starts it: the visitor layout in a scene covering the stage's screen,
 * locked, with the PIN pad's {@code exit} as the only way out. The officials' {@link MainWindow}
 * is built (the map is its) but never shown, so none of its file, print or link tools is reachable.
 * A tour asked for with {@code --present} runs inside the kiosk's scene, without its Export menu
 * and Leave button (see {@code LectureMode}).
 */
final class KioskStart {
    final KioskMode kiosk;
    final Scene scene;
    private final MainWindow window;

    private KioskStart(KioskMode kiosk, Scene scene, MainWindow window) {
        this.kiosk = kiosk;
        this.scene = scene;
        this.window = window;
    }

    /** Builds and locks the kiosk on {@code stage} (prepared with {@link KioskMode#prepare}); call on the FX thread. */
    static KioskStart open(AppState state, MainWindow window, KioskConfig config, Stage stage, Runnable exit) {
        var gate = new KioskPinGate(config.pin(), System::currentTimeMillis);
        KioskMode kiosk = new KioskMode(state, window.map(), config, KioskMode.screenOf(stage).getDpi(), gate, exit);
        var bounds = KioskMode.screenOf(stage).getBounds();
        Scene scene = new Scene(kiosk.root(), bounds.getWidth(), bounds.getHeight());
        scene.getStylesheets().add(KioskStart.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        kiosk.lock(stage, scene);
        return new KioskStart(kiosk, scene, window);
    }

    /** Starts a tour (null: the bundled one) at a 1-based step in the kiosk's scene; null if the tour is bad. */
    LectureView present(String tour, LectureTheme theme, int step) {
        return window.presentIn(scene, tour, theme, step);
    }
}
