package org.mountainsseas.app;

import java.time.Duration;
import java.time.Instant;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.mountainsseas.map.CanvasLayer;
import org.mountainsseas.map.MapPane;

/**
 * {@code --benchmark-startup}: waits for the first pulse after every map layer (counties included)
 * has painted, prints {@code startup-ms N} (from the start of the process, launcher included) and exits.
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
                Instant start = ProcessHandle.current().info().startInstant().orElse(Instant.now());
                System.out.println("startup-ms " + Duration.between(start, Instant.now()).toMillis());
                Platform.exit();
            }
        }.start();
    }
}
