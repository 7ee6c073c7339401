package org.mountainsseas.bench;

import java.util.Properties;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.mode.kiosk.FlowLayer;
import org.mountainsseas.mode.kiosk.KioskConfig;
import org.mountainsseas.mode.kiosk.KioskMode;
import org.mountainsseas.mode.kiosk.KioskPinGate;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * One kiosk-flows run in its own JVM: the kiosk's visitor layout at 1920×1080, and for
 * {@code bench.flowSeconds} (10 s) each: the flows moving at the home view, the flows of one
 * selected county, and motion paused (idle); then the attract loop for one full cycle (every stop,
 * camera flights included, {@code bench.attractStepSeconds} each: the kiosk's default 7 s). For each
 * it counts the frames (pulses on which the flows moved; the toolkit skips pulses while a frame is
 * still being drawn, so this is the frame rate the screen gets) and the process's CPU time. Prints
 * one {@code RESULT key=value …} line and exits.
 */
public final class FlowBench extends Application {
    private final StringBuilder out = new StringBuilder("RESULT");

    /** The entry point (not on the Application class, so the java launcher does not insist on a module path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            System.setProperty("javafx.platform", "desktop");
            launch(FlowBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        double seconds = Double.parseDouble(System.getProperty("bench.flowSeconds", "10"));
        String stepSeconds = System.getProperty("bench.attractStepSeconds", "7");
        World world = WorldLoader.load(DataLocation.bundled(), null);
        AppState state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        MainWindow window = new MainWindow(state, world, url -> { });
        Properties p = new Properties();
        p.setProperty("kiosk", "true");
        p.setProperty("admin.pin", "4711");
        p.setProperty("idle.seconds", "86400");
        p.setProperty("attract.step.seconds", stepSeconds);
        KioskConfig config = KioskConfig.parse(p);
        KioskMode kiosk = new KioskMode(state, window.map(), config, 96, new KioskPinGate(config.pin(), System::currentTimeMillis),
                () -> { });
        Scene scene = new Scene(kiosk.root(), 1920, 1080);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        FlowLayer flows = kiosk.visitor().flows();
        String[] phases = {"home", "selected", "idle", "attract"};
        // one full cycle of the attract loop: every stop once
        double cycle = org.mountainsseas.mode.kiosk.AttractStep.tour(state.dataset()).size() * Double.parseDouble(stepSeconds);
        new AnimationTimer() {
            private int phase = -1;
            private long start;
            private long cpu;
            private long frames;
            private long warm;

            @Override
            public void handle(long now) {
                if (phase == -1) {
                    // two seconds of flows before measuring: the JIT and the first frames' caches settle
                    if (warm == 0 && window.map().allCountiesDrawn()) {
                        warm = now;
                    }
                    if (warm != 0 && (now - warm) / 1e9 > 2) {
                        begin(0, now);
                    }
                    return;
                }
                if ((now - start) / 1e9 < (phase == 3 ? cycle : seconds)) {
                    return;
                }
                double s = (now - start) / 1e9;
                String name = phases[phase];
                put(name + "_fps", (flows.frames() - frames) / s);
                put(name + "_cpu_cores", (Memory.processCpuNanos() - cpu) / 1e9 / s);
                if (phase == 0) {
                    // selected, the camera left where it is: only the flows move
                    state.select("331181");
                } else if (phase == 1) {
                    kiosk.motionProperty().set(false);
                } else if (phase == 2) {
                    kiosk.motionProperty().set(true);
                    kiosk.attract().start();
                } else {
                    stop();
                    System.out.println(out);
                    System.exit(0);
                }
                begin(phase + 1, now);
            }

            private void begin(int next, long now) {
                phase = next;
                start = now;
                cpu = Memory.processCpuNanos();
                frames = flows.frames();
            }
        }.start();
    }

    private void put(String key, double value) {
        out.append(' ').append(key).append('=').append(String.format(java.util.Locale.ROOT, "%.3f", value));
    }
}
