package org.mountainsseas.app;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The wall-clock time of each step of start-up ({@code main}, JavaFX started, data loaded, window
 * built, …), which {@code --benchmark-startup} prints so a slow start-up says where its time went.
 * <p>
 * The process's own start time is coarse on Linux (boot time in whole seconds plus clock ticks:
 * a hello-world measured 326 ms from "start" to {@code main} while {@code time} said 50 ms), so
 * the benchmark times start-up from when it launched the process, with the epoch time printed here.
 */
final class StartupTrace {
    private static final Instant START = ProcessHandle.current().info().startInstant().orElse(Instant.now());
    private static final Map<String, Long> MARKS = new LinkedHashMap<>();

    private StartupTrace() {
    }

    /** Records the step (the first time only). */
    static synchronized void mark(String step) {
        MARKS.putIfAbsent(step, System.currentTimeMillis());
    }

    static long sinceStart() {
        return Duration.between(START, Instant.now()).toMillis();
    }

    /** Milliseconds from {@code main} to each step: {@code fx-started=540 data-loaded=610 …}. */
    static synchronized String describe() {
        StringBuilder out = new StringBuilder();
        Long main = MARKS.get("main");
        MARKS.forEach((k, v) -> {
            if (main != null && !k.equals("main")) {
                out.append(out.length() == 0 ? "" : " ").append(k).append('=').append(v - main);
            }
        });
        return out.toString();
    }
}
