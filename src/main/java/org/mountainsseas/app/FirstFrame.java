package org.mountainsseas.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.animation.AnimationTimer;
import javafx.scene.Node;
import org.mountainsseas.map.MapPainter;
import org.mountainsseas.map.MapPane;

/**
 * The moment the app's first frame is on screen, once per process: work that must not compete
 * with the first frame (the zoom bands, {@link LayerCache#keepBands}) waits for it. It comes two
 * pulses after the first pulse at which every layer of the map has painted and the map has shown a
 * frame (the map hands the frame to the screen in those pulses; the map itself starts Skia's library
 * then too), or at once when the app shows no map (an exported tour) or the map is not on screen
 * (another view in its place: it never draws).
 */
final class FirstFrame {
    /** Pulses between the first frame drawn and the moment it counts as on screen. */
    static final int PULSES_AFTER = 2;
    private static final CompletableFuture<Void> SHOWN = new CompletableFuture<>();

    private FirstFrame() {
    }

    /** Completes once the first frame is on screen; never fails. */
    static CompletionStage<Void> shown() {
        return SHOWN.minimalCompletionStage();
    }

    /** Watches {@code map} (on the FX thread) and completes {@link #shown} when its first frame is on screen. */
    static void watch(MapPane map) {
        watch(map, SHOWN);
    }

    /** No first frame to wait for: what waits for it starts now. */
    static void none() {
        SHOWN.complete(null);
    }

    static void watch(MapPane map, CompletableFuture<Void> shown) {
        if (shown.isDone()) {
            return;
        }
        new AnimationTimer() {
            private int after = -1;

            @Override
            public void handle(long now) {
                if (after < 0 && (drawn(map) || !onScreen(map))) {
                    after = 0;
                } else if (after >= 0 && ++after >= PULSES_AFTER) {
                    stop();
                    shown.complete(null);
                }
            }
        }.start();
    }

    private static boolean drawn(MapPane map) {
        for (MapPainter layer : map.layers()) {
            if (layer.paintCount() == 0) {
                return false;
            }
        }
        return map.canvas().framesShown() > 0;
    }

    /** Whether the node is in a scene and it and every parent are visible. */
    private static boolean onScreen(Node node) {
        if (node.getScene() == null) {
            return false;
        }
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
