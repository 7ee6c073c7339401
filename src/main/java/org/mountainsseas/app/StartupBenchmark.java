package org.mountainsseas.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.mountainsseas.map.MapPane;

/**
 * {@code --benchmark-startup}: waits for the first pulse after every map layer (counties included)
 * has painted and prints {@code startup-ms N} (from the process's start time, which is coarse on Linux:
 * see {@link StartupTrace}) and {@code startup-at} (the epoch time in ms, for a launcher that knows when
 * it started the process); then waits until the whole window is on the screen (the bars and panels
 * built after the map's first frame, one more pulse to lay out and paint them), prints
 * {@code complete-at} and the steps, and exits.
 */
final class StartupBenchmark {
    private StartupBenchmark() {
    }

    static void printWhenDrawn(MapPane map, MainWindow window) {
        MapFirstFrame.whenDrawn(map, () -> {
            StartupTrace.mark("first-frame");
            System.out.println("startup-ms " + StartupTrace.sinceStart());
            System.out.println("startup-at " + System.currentTimeMillis());
            new AnimationTimer() {
                private boolean built;

                @Override
                public void handle(long now) {
                    if (!built) {
                        // the pulse after the one that built the bars and panels shows them
                        built = window.chromeComplete();
                        return;
                    }
                    stop();
                    StartupTrace.mark("whole-window");
                    System.out.println("complete-at " + System.currentTimeMillis());
                    System.out.println("startup-steps " + StartupTrace.describe());
                    Platform.exit();
                }
            }.start();
        });
    }
}
