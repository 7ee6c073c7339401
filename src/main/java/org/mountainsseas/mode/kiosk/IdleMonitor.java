package org.mountainsseas.mode.kiosk;

import javafx.animation.FadeTransition;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Node;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.TouchEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.util.Duration;

/**
 * Watches for input and runs the idle cycle: after {@code idleSeconds} without input it shows the
 * "still looking?" prompt with a countdown; any input there keeps the visitor's view; when the
 * countdown ends the view fades out, {@code reset} runs (home view, no selection, default
 * language) and the attract loop starts. The first touch during the loop only stops it: that
 * press, its drag and its click are consumed, so it selects nothing.
 *
 * <p>All timers are JavaFX animations created once and restarted, never re-created, so a kiosk
 * running for weeks does not accumulate them.
 */
public final class IdleMonitor {
    /** Where in the idle cycle the kiosk is. */
    public enum Phase { ACTIVE, PROMPT, ATTRACT }

    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(IdleMonitor.class.getName());
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.ACTIVE);
    private final PauseTransition idle;
    private final Timeline countdown;
    private final int countdownSeconds;
    private final IdlePrompt prompt;
    private final FadeTransition fadeOut;
    private final FadeTransition fadeIn;
    private final Runnable reset;
    private final AttractLoop attract;
    private final EventHandler<InputEvent> filter = this::onInput;
    private Node root;
    private boolean swallowing;
    private boolean swallowClick;
    private long swallowStart;
    private int remaining;

    public IdleMonitor(KioskConfig config, IdlePrompt prompt, Region veil, AttractLoop attract, Runnable reset) {
        this.prompt = prompt;
        this.attract = attract;
        this.reset = reset;
        this.countdownSeconds = (int) Math.max(1, Math.round(config.countdownSeconds()));
        idle = new PauseTransition(Duration.seconds(config.idleSeconds()));
        idle.setOnFinished(e -> showPrompt());
        countdown = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
        countdown.setCycleCount(countdownSeconds);
        fadeOut = new FadeTransition(Duration.millis(400), veil);
        fadeOut.setFromValue(0);
        fadeOut.setToValue(1);
        fadeOut.setOnFinished(e -> resetAndAttract());
        fadeIn = new FadeTransition(Duration.millis(600), veil);
        fadeIn.setFromValue(1);
        fadeIn.setToValue(0);
        fadeIn.setOnFinished(e -> veil.setVisible(false));
        veil.setOpacity(0);
        veil.setVisible(false);
        veil.setMouseTransparent(true);
        prompt.setOnStay(this::wake);
        phase.addListener((o, a, b) -> LOG.info("idle cycle: " + a + " -> " + b));
    }

    /** Starts watching input on this node (the kiosk's root) and starts the idle timer. */
    public void install(Node watched) {
        this.root = watched;
        watched.addEventFilter(InputEvent.ANY, filter);
        idle.playFromStart();
    }

    public void dispose() {
        if (root != null) {
            root.removeEventFilter(InputEvent.ANY, filter);
        }
        idle.stop();
        countdown.stop();
        fadeOut.stop();
        fadeIn.stop();
        attract.stop();
    }

    private void onInput(InputEvent e) {
        EventType<? extends InputEvent> type = e.getEventType();
        if (isHoverNoise(type)) {
            return;
        }
        if (swallowing && isPress(type) && System.nanoTime() - swallowStart > 3_000_000_000L) {
            swallowing = false; // the release never came (touch without mouse events): this is a new gesture
        }
        if (swallowing) {
            e.consume();
            if (type == MouseEvent.MOUSE_RELEASED) {
                swallowing = false;
                swallowClick = true;
            }
            return;
        }
        if (swallowClick && type == MouseEvent.MOUSE_CLICKED) {
            e.consume();
            swallowClick = false;
            return;
        }
        swallowClick = false;
        if (phase.get() == Phase.ACTIVE) {
            idle.playFromStart();
            return;
        }
        if (!isStart(type)) {
            return;
        }
        // the touch that ends the prompt or the attract loop does only that
        e.consume();
        swallowing = isPress(type);
        swallowStart = System.nanoTime();
        wake();
    }

    private static boolean isHoverNoise(EventType<? extends InputEvent> t) {
        return t == MouseEvent.MOUSE_ENTERED || t == MouseEvent.MOUSE_EXITED || t == MouseEvent.MOUSE_ENTERED_TARGET
                || t == MouseEvent.MOUSE_EXITED_TARGET || t == MouseEvent.MOUSE_MOVED;
    }

    private static boolean isPress(EventType<? extends InputEvent> t) {
        return t == MouseEvent.MOUSE_PRESSED || t == TouchEvent.TOUCH_PRESSED;
    }

    private static boolean isStart(EventType<? extends InputEvent> t) {
        return t == MouseEvent.MOUSE_PRESSED || t == TouchEvent.TOUCH_PRESSED || t == KeyEvent.KEY_PRESSED
                || t == ScrollEvent.SCROLL || t == ZoomEvent.ZOOM_STARTED || t == ZoomEvent.ZOOM;
    }

    private void showPrompt() {
        if (phase.get() != Phase.ACTIVE) {
            return;
        }
        remaining = countdownSeconds;
        prompt.show(remaining);
        phase.set(Phase.PROMPT);
        countdown.playFromStart();
    }

    private void tick() {
        remaining--;
        prompt.show(remaining);
        if (remaining <= 0) {
            countdown.stop();
            prompt.hide();
            phase.set(Phase.ATTRACT);
            fadeIn.stop();
            fadeOut.getNode().setVisible(true);
            fadeOut.playFromStart();
        }
    }

    private void resetAndAttract() {
        if (phase.get() != Phase.ATTRACT) {
            // woken during the fade: keep what the visitor sees
            fadeOut.getNode().setVisible(false);
            fadeOut.getNode().setOpacity(0);
            return;
        }
        reset.run();
        attract.start();
        fadeIn.playFromStart();
    }

    /** Back to exploring: hides the prompt, stops the loop, restarts the idle timer. */
    public void wake() {
        countdown.stop();
        prompt.hide();
        if (fadeOut.getStatus() == javafx.animation.Animation.Status.RUNNING) {
            fadeOut.stop();
            fadeOut.getNode().setOpacity(0);
            fadeOut.getNode().setVisible(false);
        }
        attract.stop();
        phase.set(Phase.ACTIVE);
        idle.playFromStart();
    }

    /** Returns to the home view at once, without the prompt or the loop (after an error, or for tests). */
    public void resetNow() {
        countdown.stop();
        fadeOut.stop();
        fadeOut.getNode().setOpacity(0);
        fadeOut.getNode().setVisible(false);
        prompt.hide();
        attract.stop();
        swallowing = false;
        swallowClick = false;
        reset.run();
        phase.set(Phase.ACTIVE);
        idle.playFromStart();
    }

    /** Shows the prompt now, as if the idle time had run out (for tests). */
    public void promptNow() {
        showPrompt();
    }

    /** Goes straight to the attract loop, as if the idle countdown had ended (for tests and the soak run). */
    public void attractNow() {
        countdown.stop();
        prompt.hide();
        phase.set(Phase.ATTRACT);
        resetAndAttract();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase phase() {
        return phase.get();
    }
}
