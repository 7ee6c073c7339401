package org.mountainsseas.mode.kiosk;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;

/**
 * Kiosk mode over the main window: full screen, undecorated, always on top; only a few keys
 * reach the app ({@link KioskKeys}); no context menus, drag-and-drop or dialogs; a big Home
 * button; taps near small counties offer a chooser; the idle cycle and attract loop; and the
 * admin exit — hold the top-left corner for {@code admin.hold.seconds} or press Ctrl+Alt+Shift+Q,
 * then enter the PIN. {@link #root()} goes in the scene in place of the main window.
 */
public final class KioskMode {
    private final AppState state;
    private final MapPane map;
    private final StackPane root;
    private final AttractLoop attract;
    private final IdleMonitor idle;
    private final KioskPinPad pinPad;
    private final KioskChooser chooser;
    private final PauseTransition hold;
    private final double corner;
    private final EventHandler<KeyEvent> keyFilter = this::onKey;
    private final EventHandler<MouseEvent> cornerFilter = this::onCornerPress;
    private final EventHandler<Event> swallow = Event::consume;
    private final ChangeListener<Boolean> keepFullScreen = (o, was, now) -> {
        if (!now) {
            Platform.runLater(() -> this.stage.setFullScreen(true));
        }
    };
    /** A window manager that iconifies the kiosk (a stray gesture, a shell shortcut) gets it back at once. */
    private final ChangeListener<Boolean> keepRaised = (o, was, now) -> {
        if (now) {
            Platform.runLater(() -> {
                this.stage.setIconified(false);
                this.stage.toFront();
                this.stage.setFullScreen(true);
            });
        }
    };
    private Scene scene;
    private Stage stage;

    public KioskMode(AppState state, Region content, MapPane map, KioskConfig config, double dpi,
                     KioskPinGate gate, Runnable exit) {
        this.state = state;
        this.map = map;
        double target = KioskStyle.targetPx(dpi);
        corner = target * 1.5;
        attract = new AttractLoop(state, map, config.attractStepSeconds());
        chooser = new KioskChooser(state, map, target);
        IdlePrompt prompt = new IdlePrompt();
        pinPad = new KioskPinPad(gate, exit);
        Region veil = new Region();
        veil.getStyleClass().add("kiosk-veil");
        root = new StackPane(content, attract, chooser, pinPad, prompt, veil);
        root.getStyleClass().add("kiosk");
        root.getStylesheets().add(KioskStyle.dataUrl(dpi));
        map.setTapAction(chooser::tap);
        idle = new IdleMonitor(config, prompt, veil, attract, this::resetToHome);
        idle.install(root);
        hold = new PauseTransition(Duration.seconds(config.holdSeconds()));
        hold.setOnFinished(e -> pinPad.open());
        root.addEventFilter(MouseEvent.ANY, cornerFilter);
        // the views hide their officials-only controls and show the kiosk's own from this state
        state.enterKiosk();
    }

    /** Call before the stage is first shown: a kiosk window has no title bar or borders and covers the screen from the start. */
    public static void prepare(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setAlwaysOnTop(true);
        coverScreen(stage);
    }

    // cover the screen even where full screen is refused (no window manager, some kiosk shells)
    private static void coverScreen(Stage stage) {
        var bounds = javafx.stage.Screen.getPrimary().getBounds();
        stage.setX(bounds.getMinX());
        stage.setY(bounds.getMinY());
        stage.setWidth(bounds.getWidth());
        stage.setHeight(bounds.getHeight());
    }

    /** Full screen with no exit key or hint, always on top, and the window cannot be closed. */
    public void lock(Stage kioskStage, Scene kioskScene) {
        this.stage = kioskStage;
        this.scene = kioskScene;
        stage.setFullScreenExitHint("");
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setAlwaysOnTop(true);
        coverScreen(stage);
        stage.setFullScreen(true);
        stage.fullScreenProperty().addListener(keepFullScreen);
        stage.iconifiedProperty().addListener(keepRaised);
        stage.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallow);
        scene.addEventFilter(KeyEvent.ANY, keyFilter);
        scene.addEventFilter(ContextMenuEvent.ANY, swallow);
        scene.addEventFilter(DragEvent.ANY, swallow);
        scene.addEventFilter(MouseEvent.DRAG_DETECTED, swallow);
        java.util.logging.Logger.getLogger(KioskMode.class.getName()).info("kiosk window locked full screen");
    }

    private void onKey(KeyEvent e) {
        if (e.getEventType() == KeyEvent.KEY_PRESSED && KioskKeys.ADMIN.match(e)) {
            pinPad.open();
            e.consume();
        } else if (!KioskKeys.allowed(e)) {
            e.consume();
        }
    }

    private void onCornerPress(MouseEvent e) {
        boolean inCorner = e.getSceneX() <= corner && e.getSceneY() <= corner;
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED && inCorner) {
            hold.playFromStart();
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED
                || e.getEventType() == MouseEvent.MOUSE_DRAGGED && !inCorner) {
            hold.stop();
        }
    }

    /** Back to the start: closes the chooser and PIN pad, then clears the selection, language and camera. */
    private void resetToHome() {
        chooser.close();
        pinPad.close();
        state.reset();
    }

    /** Recovery after an error or a stall: straight back to the home view. */
    public void recover() {
        idle.resetNow();
    }

    /** Whether a press in the admin corner is being timed (for tests). */
    boolean cornerTimerRunning() {
        return hold.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    public StackPane root() {
        return root;
    }

    public IdleMonitor idle() {
        return idle;
    }

    public AttractLoop attract() {
        return attract;
    }

    public KioskPinPad pinPad() {
        return pinPad;
    }

    public KioskChooser chooser() {
        return chooser;
    }

    /** Removes every filter and listener kiosk mode added, stops its timers and leaves the kiosk mode. */
    public void dispose() {
        idle.dispose();
        chooser.dispose();
        hold.stop();
        root.removeEventFilter(MouseEvent.ANY, cornerFilter);
        map.setTapAction(null);
        if (scene != null) {
            scene.removeEventFilter(KeyEvent.ANY, keyFilter);
            scene.removeEventFilter(ContextMenuEvent.ANY, swallow);
            scene.removeEventFilter(DragEvent.ANY, swallow);
            scene.removeEventFilter(MouseEvent.DRAG_DETECTED, swallow);
        }
        if (stage != null) {
            stage.fullScreenProperty().removeListener(keepFullScreen);
            stage.iconifiedProperty().removeListener(keepRaised);
            stage.removeEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, swallow);
        }
        state.leaveKiosk();
    }
}
