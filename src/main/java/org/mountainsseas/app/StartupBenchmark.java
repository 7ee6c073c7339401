package org.mountainsseas.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import org.mountainsseas.map.MapCanvas;
import org.mountainsseas.map.MapPainter;
import org.mountainsseas.map.MapPane;

/**
 * {@code --benchmark-startup}: waits for the first pulse after every map layer (counties included)
 * has painted, prints {@code startup-ms N} (from the process's start time, which is coarse on Linux: see
 * {@link StartupTrace}), {@code startup-at} (the epoch time in ms, for a launcher that knows when it
 * started the process), the steps and {@code startup-cpu-ms} (the CPU time of all the process's threads
 * until then). It then prints {@code skia-ready-at} (epoch ms) at the first pulse at which Skia draws
 * the next frame a change asks for (its library loads after the first frame, which is the canvas's:
 * {@link org.mountainsseas.map.Renderer}), and exits three seconds after the first frame, or when
 * Skia is ready if that is later (not at all within 30 s, or not asked for: no such line), with
 * {@code skia-load-at}, when its library started loading.
 * <p>
 * In the start-up archive's recording run ({@value #TRAINING}{@code =true}: tools/appcds.sh) it then
 * does what a user's first minute does, so that the archive holds those classes too: once Skia is
 * ready it selects a county (its arcs, the detail panel) and pans the map, waits for Skia to draw
 * and show the frames they ask for, and exits (or 30 s after the first frame, whatever happened).
 * <p>
 * These marks come before the frame is on the screen: the renderer draws it on its own thread,
 * which cold took another half second here, and over a second on a machine shared with other heavy
 * work, so that runs with a one-second wait ended before the frame reached the screen. The benchmark
 * therefore watches the screen itself (bench/ScreenWatch), and the wait before the exit lets it see the frame.
 */
final class StartupBenchmark {
    private static final long LINGER_NANOS = 3_000_000_000L;
    private static final long SKIA_WAIT_NANOS = 30_000_000_000L;
    /** The system property that asks for the recording run's exercise after the first frame. */
    static final String TRAINING = "mountainsseas.startup.training";

    private StartupBenchmark() {
    }

    /** @param exercise what the recording run does once Skia is ready (a selection), run only when {@value #TRAINING} is set */
    static void printWhenDrawn(MapPane map, Runnable exercise) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (MapPainter layer : map.layers()) {
                    if (layer.paintCount() == 0) {
                        return;
                    }
                }
                if (!map.allCountiesDrawn()) {
                    return;
                }
                stop();
                long total = StartupTrace.sinceStart();
                StartupTrace.mark("first-frame");
                System.out.println("startup-ms " + total);
                System.out.println("startup-at " + System.currentTimeMillis());
                System.out.println("startup-steps " + StartupTrace.describe());
                // the process's CPU time so far (every thread): on a shared machine the wall time
                // follows the other work; this says how much the start-up itself asked for
                ProcessHandle.current().info().totalCpuDuration()
                        .ifPresent(cpu -> System.out.println("startup-cpu-ms " + cpu.toMillis()));
                // the FX thread's own share, and the map's paints in it: what the window's start-up costs
                // whatever else the machine runs
                long fx = fxThreadCpuMillis();
                System.out.printf(java.util.Locale.ROOT, "startup-fx %s map-paints=%d paint-ms=%.0f scene-nodes=%d%n",
                        fx < 0 ? "cpu-ms=?" : "cpu-ms=" + fx, map.canvas().paintCount(),
                        map.canvas().paintCount() * map.canvas().meanPaintMillis(), map.getScene() == null ? 0 : nodes(map.getScene().getRoot()));
                watchSkia(map, now, Boolean.getBoolean(TRAINING) ? exercise : null);
            }
        }.start();
    }

    /** The nodes under {@code node}, itself included: what the first frame's CSS pass and layout went over. */
    static int nodes(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                n += nodes(child);
            }
        }
        return n;
    }

    /**
     * The CPU time of the calling thread in ms, from Linux's {@code /proc/thread-self/stat} (user and
     * system time in clock ticks of 10 ms); -1 elsewhere. A benchmark run's one small read of procfs.
     */
    static long fxThreadCpuMillis() {
        try {
            String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/thread-self/stat"));
            // the fields after the thread's name, which is in parentheses: utime and stime are the 12th and 13th
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 10;
        } catch (java.io.IOException | RuntimeException e) {
            return -1;
        }
    }

    private static void watchSkia(MapPane map, long firstFrame, Runnable exercise) {
        MapCanvas canvas = map.canvas();
        new AnimationTimer() {
            private boolean told;
            private Training training;

            @Override
            public void handle(long now) {
                if (!told && canvas.skiaReady()) {
                    told = true;
                    System.out.println("skia-ready-at " + System.currentTimeMillis());
                    System.out.println("skia-load-at " + MapCanvas.skiaLoadStartedAt());
                    if (exercise != null) {
                        training = new Training(map, exercise);
                    }
                }
                boolean waiting = !told && canvas.skiaLoading() && now - firstFrame < SKIA_WAIT_NANOS;
                boolean training = this.training != null && !this.training.step() && now - firstFrame < SKIA_WAIT_NANOS;
                if (now - firstFrame >= LINGER_NANOS && !waiting && !training) {
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    /**
     * The recording run's first minute, one pulse at a time: a selection, then a pan, each waited
     * for until Skia has drawn and shown its frame (the map idle, a frame more on screen).
     */
    static final class Training {
        private final MapPane map;
        private final Runnable exercise;
        private int stage;
        private long shown;

        Training(MapPane map, Runnable exercise) {
            this.map = map;
            this.exercise = exercise;
        }

        /** Moves the exercise on if the last step's frame is on screen; true when it is over. */
        boolean step() {
            MapCanvas canvas = map.canvas();
            boolean drawn = canvas.framesShown() > shown && canvas.idle() && !canvas.showingMotionImage();
            switch (stage) {
                case 0 -> {
                    shown = canvas.framesShown();
                    exercise.run();
                    stage = 1;
                }
                case 1 -> {
                    if (drawn) {
                        shown = canvas.framesShown();
                        map.camera().panBy(40, 24);
                        stage = 2;
                    }
                }
                case 2 -> {
                    if (drawn) {
                        System.out.println("training-done " + canvas.renderer().label() + " " + canvas.framesShown());
                        stage = 3;
                    }
                }
                default -> {
                    return true;
                }
            }
            return stage == 3;
        }
    }
}
