package org.mountainsseas.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.TextPolicy;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * One run in its own JVM: the bundled data with Longquan's name replaced by one at the name cap
 * ({@link TextPolicy#NAME} characters in each language, with combining marks at their run limit),
 * shown at 1920×1080; Longquan is selected and deselected on every pulse. Prints the time from
 * {@code select} to the scene laid out, from {@code select} to the next frame (the pulse that laid out
 * and painted it has ended), the FX thread's CPU time over that span (the side panel's rebuild,
 * CSS and layout and the map's repaint, not the rendering) and the pulse-to-pulse interval (which includes rendering),
 * as one {@code RESULT key=value …} line. With the argument {@code normal} the name is left as it is;
 * with {@code note} the name is left and the note of Longquan's pairing with Xiaoshan is replaced by
 * one at the cap for notes ({@value #NOTE} characters in each language, combining marks at their run limit).
 */
public final class LongNameBench extends Application {
    static final String COUNTY = "331181";
    private static final int PULSES = 240;
    /** The most characters a note may hold (data/TextPolicy's cap for long text). */
    static final int NOTE = 2000;
    private static final String XIAOSHAN_NOTE_EN = "They have run a provincial industrial park together since 2012 and signed an enclave-park agreement in 2018.";
    private static final String XIAOSHAN_NOTE_ZH = "两地自2012年共建省级产业园，2018年又签订飞地产业园协议。";

    /** The entry point (not on the Application class, so the java launcher does not insist on a module path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            System.setProperty("javafx.platform", "desktop");
            launch(LongNameBench.class, args);
        }
    }

    /** A name of exactly {@code n} characters: words, and combining marks stacked to the allowed run. */
    static String nameAtCap(String word, int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(word);
            if (b.length() + 4 < n) {
                b.append("\u0301\u0302\u0303\u0304");
            }
        }
        return b.substring(0, n);
    }

    @Override
    public void start(Stage stage) throws Exception {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        String kind = getParameters().getRaw().isEmpty() ? "cap" : getParameters().getRaw().get(0);
        boolean normal = !kind.equals("cap");
        DataLocation bundled = DataLocation.bundled();
        String zh = nameAtCap("龙泉青瓷宝剑之乡", TextPolicy.NAME);
        String en = nameAtCap("Longquan City of celadon and swords ", TextPolicy.NAME);
        String noteZh = nameAtCap("两地自2012年共建省级产业园，", NOTE);
        String noteEn = nameAtCap("They have run a provincial industrial park together since 2012 ", NOTE);
        DataLocation data = kind.equals("normal") ? bundled : new DataLocation() {
            @Override
            public InputStream open(String name) throws IOException {
                boolean names = kind.equals("cap") && name.equals(DatasetReader.COUNTIES);
                if (!names && !(kind.equals("note") && name.equals(DatasetReader.PAIRINGS))) {
                    return bundled.open(name);
                }
                String json = new String(bundled.open(name).readAllBytes(), StandardCharsets.UTF_8);
                if (names) {
                    json = json.replace("\"zh\": \"龙泉市\"", "\"zh\": \"" + zh + "\"")
                            .replace("\"en\": \"Longquan City\"", "\"en\": \"" + en + "\"");
                } else {
                    json = json.replace(XIAOSHAN_NOTE_ZH, noteZh).replace(XIAOSHAN_NOTE_EN, noteEn);
                }
                return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String describe() {
                return "bundled data with a " + (kind.equals("cap") ? "name" : "note") + " at the cap";
            }
        };
        World world = WorldLoader.load(data);
        if (!world.problems().isEmpty()) {
            throw new IllegalStateException("the name at the cap was refused: " + world.problems());
        }
        String shown = world.dataset().county(COUNTY).name().en();
        if (!normal && shown.length() != TextPolicy.NAME) {
            throw new IllegalStateException("the name is " + shown.length() + " characters, not " + TextPolicy.NAME);
        }
        if (kind.equals("note") && world.dataset().pairingsOf(COUNTY).stream()
                .noneMatch(p -> p.note() != null && p.note().en().length() == NOTE && p.note().zh().length() == NOTE)) {
            throw new IllegalStateException("no note of " + NOTE + " characters on Longquan's pairings");
        }
        AppState state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        MainWindow window = new MainWindow(state, world, url -> { });
        Scene scene = new Scene(window, 1920, 1080);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        double[] laidOut = new double[PULSES];
        double[] pulse = new double[PULSES];
        // from each select() to the start of the next pulse, which the toolkit begins only after the
        // pulse that laid out and painted the selection is done: what a visitor waits for
        double[] toFrame = new double[PULSES / 2];
        // the FX thread's own CPU over the same span: the panel's rebuild, CSS and layout and the
        // map's repaint, without the rendering (another thread) or the waits of a loaded machine
        double[] fxCpu = new double[PULSES / 2];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        new AnimationTimer() {
            private int i = -30;
            private long last;
            private long selectedAt;
            private long cpuAtSelect;
            private int selections;

            @Override
            public void handle(long now) {
                long cpu = threads.getCurrentThreadCpuTime();
                if (selectedAt != 0 && selections < toFrame.length) {
                    fxCpu[selections] = (cpu - cpuAtSelect) / 1e6;
                    toFrame[selections++] = (System.nanoTime() - selectedAt) / 1e6;
                }
                selectedAt = 0;
                if (i >= 0 && i < PULSES) {
                    pulse[i] = (now - last) / 1e6;
                }
                last = now;
                if (i == PULSES) {
                    stop();
                    finish(laidOut, pulse, java.util.Arrays.copyOf(toFrame, selections), java.util.Arrays.copyOf(fxCpu, selections), kind);
                    return;
                }
                if (i >= -10) {
                    // each pulse toggles the selection; the second half in Chinese
                    if (i == PULSES / 2) {
                        state.setLanguage(Language.ZH);
                    }
                    long a = System.nanoTime();
                    if (COUNTY.equals(state.selected())) {
                        state.clearSelection();
                    } else {
                        if (i >= 0) {
                            selectedAt = a;
                            cpuAtSelect = cpu;
                        }
                        state.select(COUNTY);
                    }
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    if (i >= 0) {
                        laidOut[i] = (System.nanoTime() - a) / 1e6;
                    }
                }
                i++;
            }
        }.start();
    }

    private static void finish(double[] laidOut, double[] pulse, double[] toFrame, double[] fxCpu, String kind) {
        java.util.Arrays.sort(laidOut);
        java.util.Arrays.sort(pulse);
        java.util.Arrays.sort(toFrame);
        java.util.Arrays.sort(fxCpu);
        System.out.println(String.format(Locale.ROOT, "RESULT name=%s select_layout_median_ms=%.3f select_layout_max_ms=%.3f"
                        + " pulse_median_ms=%.3f pulse_p95_ms=%.3f pulse_max_ms=%.3f select_frame_median_ms=%.3f select_frame_max_ms=%.3f"
                        + " select_fx_cpu_median_ms=%.3f",
                kind,
                Stats.percentile(laidOut, 50), laidOut[laidOut.length - 1], Stats.percentile(pulse, 50),
                Stats.percentile(pulse, 95), pulse[pulse.length - 1], Stats.percentile(toFrame, 50), toFrame[toFrame.length - 1],
                Stats.percentile(fxCpu, 50)));
        System.exit(0);
    }
}
