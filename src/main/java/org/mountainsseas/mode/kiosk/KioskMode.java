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
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import javafx.util.Subscription;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;

/**
 * Kiosk mode: the {@link VisitorLayout} (headline, the map with flows, the county card, find your
 * hometown, then and now, pause motion) in place of the officials' main window, which is built
 * but never shown; full screen, undecorated, always on top; only a few keys
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
    /** Whether the kiosk moves: flows, the attract loop's pulse and camera flights; the pause-motion control turns it off. */
    private final BooleanProperty motion = new SimpleBooleanProperty(this, "motion", true);
    /** {@code motion = reduced} in the config: the kiosk starts, and every reset returns, with motion paused. */
    private final boolean reducedMotion;
    private final CityPicker cities;
    private final VisitorLayout visitor;
    private final Subscription motionSubscription;
    private final double corner;
    private static final double FLY_SECONDS = 0.8;
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

    public KioskMode(AppState state, MapPane map, KioskConfig config, double dpi,
                     KioskPinGate gate, Runnable exit) {
        this.state = state;
        this.map = map;
        reducedMotion = config.reducedMotion();
        motion.set(!reducedMotion);
        double target = KioskStyle.targetPx(dpi);
        corner = target * 1.5;
        attract = new AttractLoop(state, map, config.attractStepSeconds());
        chooser = new KioskChooser(state, map, target);
        cities = new CityPicker(state);
        IdlePrompt prompt = new IdlePrompt();
        pinPad = new KioskPinPad(gate, exit);
        Region veil = new Region();
        veil.getStyleClass().add("kiosk-veil");
        map.mapStyleProperty().set(mapStyle(dpi));
        map.setChromeVisible(true, false);
        visitor = new VisitorLayout(state, map, motion, cities::open, this::home);
        motionSubscription = motion.subscribe(on -> map.setFlySeconds(on ? FLY_SECONDS : 0));
        root = new StackPane(visitor, attract, chooser, cities, pinPad, prompt, veil);
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

    /**
     * The standard map for standing viewers: labels of at least 16 px at 1080p (the desk map's are
     * 12) and borders as much heavier, but thin arcs, so the home view's 39 pairings read as calm
     * threads for the flows to run along rather than a tangle.
     */
    static MapStyle mapStyle(double dpi) {
        MapStyle s = MapStyle.standard().scaled(KioskStyle.mapLabelPx(dpi) / MapStyle.standard().labelSize());
        return new MapStyle(s.sea(), s.neighbourFill(), s.neighbourBorder(), s.mountain(), s.partner(), s.other(),
                s.countyBorder(), s.cityBorder(), s.dim(), s.selection(), s.hover(), s.qingdaLine(), s.arcMountain(),
                s.arcSea(), s.enclave(), s.label(), s.labelHalo(), s.borderWidth(), MapStyle.standard().arcWidth() * 0.7,
                s.labelSize());
    }

    /** Call before the stage is first shown: a kiosk window has no title bar or borders and covers the screen from the start. */
    public static void prepare(Stage stage) {
        stage.initStyle(StageStyle.UNDECORATED);
        stage.setAlwaysOnTop(true);
        coverScreen(stage);
    }

    /** The screen the stage is on (its top-left corner's), or the primary screen before it has a place. */
    public static Screen screenOf(Stage stage) {
        double x = stage.getX(), y = stage.getY();
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Screen.getPrimary();
        }
        var screens = Screen.getScreensForRectangle(x, y, 1, 1);
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }

    // cover the screen even where full screen is refused (no window manager, some kiosk shells)
    private static void coverScreen(Stage stage) {
        var bounds = screenOf(stage).getBounds();
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

    private void home() {
        chooser.close();
        cities.close();
        state.clearSelection();
        state.goHome();
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
        cities.close();
        pinPad.close();
        // the next visitor gets the configured motion, whatever the last one chose
        motion.set(!reducedMotion);
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

    public CityPicker cities() {
        return cities;
    }

    public VisitorLayout visitor() {
        return visitor;
    }

    /** Whether the kiosk's motion is on (the pause-motion control's state). */
    public BooleanProperty motionProperty() {
        return motion;
    }

    public KioskChooser chooser() {
        return chooser;
    }

    /** Removes every filter and listener kiosk mode added, stops its timers and leaves the kiosk mode. */
    public void dispose() {
        idle.dispose();
        chooser.dispose();
        attract.stop();
        motionSubscription.unsubscribe();
        visitor.dispose();
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
