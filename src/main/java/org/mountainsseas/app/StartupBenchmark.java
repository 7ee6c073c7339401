package org.mountainsseas.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.mountainsseas.map.CanvasLayer;
import org.mountainsseas.map.MapPane;

/**
 * {@code --benchmark-startup}: waits for the first pulse after every map layer (counties included)
 * has painted, prints {@code startup-ms N} (from the process's start time, which is coarse on Linux: see
 * {@link StartupTrace}), {@code startup-at} (the epoch time in ms, for a launcher that knows when it
 * started the process) and the steps, and exits.
 */
final class StartupBenchmark {
    private StartupBenchmark() {
    }

    static void printWhenDrawn(MapPane map) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (CanvasLayer layer : map.layers()) {
                    if (layer.paintCount() == 0) {
                        return;
                    }
                }
                if (!map.allCountiesDrawn()) {
                    return;
                }
                // this pulse shows what the layers painted on the one before
                stop();
                long total = StartupTrace.sinceStart();
                StartupTrace.mark("first-frame");
                System.out.println("startup-ms " + total);
                System.out.println("startup-at " + System.currentTimeMillis());
                System.out.println("startup-steps " + StartupTrace.describe());
                Platform.exit();
            }
        }.start();
    }
}
