package org.mountainsseas.app;

import java.lang.management.ManagementFactory;
import java.util.function.BooleanSupplier;
import javafx.animation.AnimationTimer;

/**
 * {@code --benchmark-startup}: waits for the first pulse after the map has painted every county
 * (so that frame has gone to the screen), prints the time since the JVM started and exits.
 */
final class StartupProbe {
    private StartupProbe() {
    }

    /** Starts watching; call on the FX thread once the main window is shown. */
    static void start(BooleanSupplier allDrawn) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                // timers run before layout, so a paint seen here happened in an earlier, finished pulse
                if (allDrawn.getAsBoolean()) {
                    stop();
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms " + ms);
                    System.out.flush();
                    System.exit(0);
                }
            }
        }.start();
    }
}
