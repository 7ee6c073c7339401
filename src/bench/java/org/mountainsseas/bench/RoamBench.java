package org.mountainsseas.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.map.MapPainter;
import org.mountainsseas.map.MapCamera;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * One benchmark run in its own JVM: loads the world (Zhejiang, or with a file argument the
 * China-wide stress layer), measures heap and RSS, shows the main window at 1920×1080, roams
 * (pan in a circle, zoom 1× → 2.8× → 1× twice) on every pulse, then clicks a county
 * 2 × {@code bench.cycles} times (1,000 select/deselect cycles by default). Prints one {@code RESULT key=value …} line and exits.
 */
public final class RoamBench extends Application {
    private static final String CLICK_COUNTY = "331181";
    /** With -Dbench.floor=true the roam only moves the map's crisp image by a pixel each pulse: what the window costs without the map's work. */
    private static final boolean FLOOR = Boolean.getBoolean("bench.floor");
    /** With -Dbench.roam=pan the roam only pans (the same circle, no zoom), as a drag does. */
    private static final boolean PAN_ONLY = "pan".equals(System.getProperty("bench.roam"));
    private final List<Long> pulses = new ArrayList<>();
    private final StringBuilder out = new StringBuilder("RESULT");
    private AppState state;
    private MapPane map;
    private Scene scene;
    private double roamSeconds;

    /** The entry point (not on the Application class, so the java launcher does not insist on a module path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
                System.setProperty("javafx.platform", "desktop");
            launch(RoamBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        // any failure ends the run at once (the runner reports it) instead of leaving it hanging
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        roamSeconds = Double.parseDouble(System.getProperty("bench.roamSeconds", "5"));
        List<String> args = getParameters().getRaw();
        Path stress = args.isEmpty() ? null : Path.of(args.get(0));
        long t0 = System.nanoTime();
        World world = WorldLoader.load(DataLocation.bundled(), stress);
        put("load_ms", (System.nanoTime() - t0) / 1e6);
        put("counties", world.atlas().countyCount());
        put("heap_load_mib", Memory.usedHeapMiB());
        put("heap_gc_mib", Memory.usedHeapAfterGcMiB());
        // as in the app, the zoom bands start once the first frame is on screen (the app reads them from
        // its layer cache then, or works them out on its first start, as this run does); the roam waits
        // for them, so it measures the map a user has seconds after the start
        java.util.concurrent.CompletableFuture<Void> firstFrame = new java.util.concurrent.CompletableFuture<>();
        world.atlas().bands().startAfter(firstFrame);
        state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        MainWindow window = new MainWindow(state, world, url -> { });
        map = window.map();
        scene = new Scene(window, 1920, 1080);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        new AnimationTimer() {
            private int phase;
            private long bandsFrom;
            private java.util.concurrent.CompletableFuture<Void> bandsReady;
            private boolean bandsTold;
            private long roamStart;
            private long cpuStart;
            private long paintsStart;
            private ThreadCpu threads;
            private PulseWork work;
            private double homeZoom;
            private Bounds home;

            @Override
            public void handle(long now) {
                if (phase == 0) {
                    // the roam starts from the map at rest as a person finds it a moment after start: its
                    // renderer loaded (Skia draws from the first change on), its first frames and label sheet done
                    if (!map.allCountiesDrawn()) {
                        return;
                    }
                    if (bandsFrom == 0) {
                        bandsFrom = now;
                        put("rss_first_frame_mib", Memory.rssMiB());
                        if (org.mountainsseas.geo.DetailBands.ON) {
                            bandsReady = world.atlas().bands().afterStart(world.atlas().bands()::prepare);
                        }
                        firstFrame.complete(null);
                    }
                    // and, with them on, the zoom bands ready (they start after the first frame)
                    if (bandsReady != null && !bandsReady.isDone() || map.canvas().skiaLoading() || !map.settled()) {
                        return;
                    }
                    if (!bandsTold) {
                        bandsTold = true;
                        put("settle_ms", (now - bandsFrom) / 1e6);
                        put("roam_start_ms", (System.nanoTime() - t0) / 1e6);
                        put("rss_roam_start_mib", Memory.rssMiB());
                    }
                    MapCamera c = map.camera();
                    home = world.atlas().bounds();
                    homeZoom = c.zoom();
                    roamStart = now;
                    cpuStart = Memory.processCpuNanos();
                    paintsStart = map.canvas().paintCount();
                    threads = ThreadCpu.start();
                    work = new PulseWork(scene, (int) (roamSeconds * 240));
                    phase = 1;
                }
                double t = (now - roamStart) / 1e9;
                if (t < roamSeconds) {
                    pulses.add(now);
                    work.pulse();
                    if (FLOOR) {
                        // the floor: the same window, the map's crisp image moved a pixel to and fro, nothing resampled or drawn
                        map.canvas().setTranslateX(pulses.size() % 2);
                    } else {
                        roam(t, map.camera(), home, homeZoom);
                    }
                    shot(t);
                    return;
                }
                stop();
                work.stop();
                double cpu = (Memory.processCpuNanos() - cpuStart) / 1e6;
                frameStats(cpu);
                // the work each pulse did, apart from the interval between pulses (which holds the timer's jitter)
                put("roam_work_wall_p95_ms", work.wallP95());
                put("roam_work_cpu_p95_ms", work.cpuP95());
                put("roam_pulses_paired", work.paired() ? 1 : 0);
                // of the FX thread's share: resampling the last crisp frame and handing it over, per moved frame
                put("roam_fx_moved_ms", map.canvas().meanMovedMillis());
                // where the CPU per frame goes: FX thread, JavaFX's renderer, the rasteriser, the rest
                threads.perFrame(pulses.size() - 1).forEach((role, ms) -> put("roam_cpu_" + role + "_ms", ms));
                // crisp frames in mid-roam: a pulse later than the motion image's settle time (on a
                // loaded machine) ends the motion, and the next move starts it again after a crisp frame
                put("roam_crisp_frames", map.canvas().paintCount() - paintsStart);
                put("rss_roam_mib", Memory.rssMiB());
                redraws();
            }
        }.start();
    }

    /**
     * For {@code bench.redrawSeconds} (2 s) every layer repaints crisply on every pulse, as at the
     * end of a gesture or on a change of selection, language or year: the roam shows a moved image.
     */
    private void redraws() {
        redraws("redraw_", () -> {
            // the floor: the same frames asked for, cleared, copied, swapped in and shown, with no painter's work
            map.canvas().setPaintersSkipped(true);
            redraws("floor_", () -> {
                map.canvas().setPaintersSkipped(false);
                if (Boolean.parseBoolean(System.getProperty("bench.clicks", "true"))) {
                    clicks();
                } else {
                    finish();
                }
            });
        });
    }

    /** One phase of crisp repaints on every pulse, its figures put with keys starting with {@code key}; then {@code next}. */
    private void redraws(String key, Runnable next) {
        double seconds = Double.parseDouble(System.getProperty("bench.redrawSeconds", "2"));
        List<Long> redraws = new ArrayList<>();
        long cpuStart = Memory.processCpuNanos();
        long gcStart = gcMillis();
        long shownStart = map.canvas().framesShown();
        map.layers().forEach(MapPainter::resetTimes);
        // the canvas's and the worker's means too: they counted the first frames, painted by the canvas while Skia loaded
        map.canvas().resetTimes();
        ThreadCpu threads = ThreadCpu.start();
        new AnimationTimer() {
            /** The frames shown when the last frame was asked for: drawn off the FX thread, the next is asked for once it shows. */
            private long asked = -1;

            @Override
            public void handle(long now) {
                redraws.add(now);
                if ((now - redraws.get(0)) / 1e9 < seconds) {
                    if (!map.canvas().offThread() || map.canvas().framesShown() > asked) {
                        asked = map.canvas().framesShown();
                        map.layers().forEach(MapPainter::invalidate);
                    }
                    return;
                }
                stop();
                int n = redraws.size() - 1;
                double[] dt = new double[n];
                for (int i = 0; i < n; i++) {
                    dt[i] = (redraws.get(i + 1) - redraws.get(i)) / 1e6;
                }
                java.util.Arrays.sort(dt);
                put(key + "median_ms", Stats.percentile(dt, 50));
                put(key + "p95_ms", Stats.percentile(dt, 95));
                put(key + "cpu_ms", (Memory.processCpuNanos() - cpuStart) / 1e6 / n);
                // with the frames drawn off the FX thread, pulses and finished frames differ: per frame shown
                long shown = map.canvas().framesShown() - shownStart;
                double elapsed = (redraws.get(n) - redraws.get(0)) / 1e6;
                put(key + "shown_ms", shown == 0 ? 0 : elapsed / shown);
                put(key + "cpu_per_shown_ms", shown == 0 ? 0 : (Memory.processCpuNanos() - cpuStart) / 1e6 / shown);
                put(key + "fx_paint_ms", map.canvas().meanPaintMillis());
                put(key + "fx_paint_cpu_ms", map.canvas().meanPaintCpuMillis());
                // where the process's CPU per frame shown goes, by thread: FX, JavaFX's renderer, the worker, the rest
                if (shown > 0) {
                    threads.perFrame((int) shown).forEach((role, ms) -> put(key + "thread_" + role + "_ms", ms));
                    threads.allocatedKbPerFrame((int) shown).forEach((role, kb) -> put(key + "alloc_" + role + "_kb", kb));
                }
                put(key + "raster_ms", map.canvas().meanRasterMillis());
                put(key + "raster_cpu_ms", map.canvas().meanRasterCpuMillis());
                put(key + "gc_ms", shown == 0 ? 0 : (double) (gcMillis() - gcStart) / shown);
                // where each frame's time goes, per painter: recording on the FX thread, drawing on the worker
                for (MapPainter p : key.equals("redraw_") ? map.layers() : List.<MapPainter>of()) {
                    String name = p.getClass().getSimpleName().replace("Painter", "").toLowerCase(Locale.ROOT);
                    put("redraw_fx_" + name + "_ms", p.meanPaintMillis());
                    put("redraw_raster_" + name + "_ms", p.meanRasterMillis());
                }
                next.run();
            }
        }.start();
    }

    /** The garbage collectors' total time so far, in ms. */
    private static long gcMillis() {
        long ms = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms;
    }

    private boolean shotTaken;

    /** With -Dbench.shot=FILE.png (and -Dbench.shotAt=SECONDS, default 1), saves the window as shown mid-roam, to look at. */
    private void shot(double t) {
        String file = System.getProperty("bench.shot");
        if (file == null || shotTaken || t < Double.parseDouble(System.getProperty("bench.shotAt", "1"))) {
            return;
        }
        shotTaken = true;
        try {
            javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", new java.io.File(file));
        } catch (java.io.IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }

    /** Circle around the home centre (radius a fifth of the view), zoom 1× → 2.8× → 1× twice (or no zoom: {@link #PAN_ONLY}). */
    private void roam(double t, MapCamera c, Bounds home, double homeZoom) {
        double w = map.getWidth(), h = map.getHeight();
        double u = t / roamSeconds;
        double factor = PAN_ONLY ? 1 : 1 + 1.8 * (1 - Math.cos(4 * Math.PI * u)) / 2;
        double z = homeZoom + Math.log(factor) / Math.log(2);
        double s = Math.pow(2, z);
        double r = Math.min(w, h) / 5 / s;
        double angle = 2 * Math.PI * u;
        double cx = home.centerX() + r * (Math.cos(angle) - 1), cy = home.centerY() + r * Math.sin(angle);
        c.show(cx, cy, z, w / 2, h / 2);
    }

    private void frameStats(double cpuMs) {
        int n = pulses.size() - 1;
        double[] dt = new double[n];
        for (int i = 0; i < n; i++) {
            dt[i] = (pulses.get(i + 1) - pulses.get(i)) / 1e6;
        }
        double total = (pulses.get(n) - pulses.get(0)) / 1e6;
        java.util.Arrays.sort(dt);
        put("frames", n);
        put("frame_mean_ms", total / n);
        put("frame_p95_ms", Stats.percentile(dt, 95));
        put("frame_p99_ms", Stats.percentile(dt, 99));
        put("fps", n / (total / 1000));
        put("cpu_per_frame_ms", cpuMs / n);
    }

    /** Select/deselect cycles by synthetic clicks, 10 cycles per pulse so the view keeps painting. */
    private void clicks() {
        state.clearSelection();
        Point2D at = map.screenPointOf(CLICK_COUNTY);
        Node target = map.lookup(".map-view");
        Point2D local = target.sceneToLocal(map.localToScene(at));
        double heapBefore = Memory.usedHeapAfterGcMiB();
        int cycles = Integer.getInteger("bench.cycles", 1000);
        double[] commit = new double[2 * cycles];
        double[] laidOut = new double[2 * cycles];
        int[] i = {0};
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                for (int k = 0; k < 20 && i[0] < commit.length; k++, i[0]++) {
                    long a = System.nanoTime();
                    click(target, local);
                    long b = System.nanoTime();
                    if (i[0] == 0 && !CLICK_COUNTY.equals(state.selected())) {
                        // report it and end the run: the click figures would measure nothing
                        stop();
                        System.err.println("the click at " + local + " did not select " + CLICK_COUNTY + " but " + state.selected());
                        finish();
                        return;
                    }
                    scene.getRoot().applyCss();
                    scene.getRoot().layout();
                    long c = System.nanoTime();
                    commit[i[0]] = (b - a) / 1e6;
                    laidOut[i[0]] = (c - a) / 1e6;
                }
                if (i[0] < commit.length) {
                    return;
                }
                stop();
                if (state.selected() != null) {
                    // say so and keep the figures: throwing here left the run hanging until the runner's timeout
                    System.err.println("after " + commit.length + " clicks " + state.selected() + " is still selected:"
                            + " some click did not toggle the selection (a double-tap or a chooser?)");
                    put("click_parity_lost", 1);
                }
                java.util.Arrays.sort(commit);
                java.util.Arrays.sort(laidOut);
                put("click_commit_ms", Stats.percentile(commit, 50));
                put("click_layout_ms", Stats.percentile(laidOut, 50));
                put("heap_cycles_before_mib", heapBefore);
                put("heap_cycles_after_mib", Memory.usedHeapAfterGcMiB());
                finish();
            }
        }.start();
    }

    private void finish() {
        // the first crisp frame Skia drew here (the first of the repaints), against the mean of the others
        double[] first = map.canvas().firstRasterMillis();
        put("raster_first_ms", first[0]);
        put("raster_first_cpu_ms", first[1]);
        put("skia_warmup_ms", org.mountainsseas.map.MapCanvas.skiaWarmUpMillis());
        System.out.println(out);
        System.out.flush();
        System.exit(0);
    }

    private void click(Node target, Point2D p) {
        Point2D s = target.localToScreen(p);
        // this constructor takes scene coordinates; dispatch converts them to the target's
        Point2D at = target.localToScene(p);
        for (var type : List.of(MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_RELEASED, MouseEvent.MOUSE_CLICKED)) {
            Event.fireEvent(target, new MouseEvent(type, at.getX(), at.getY(), s.getX(), s.getY(), MouseButton.PRIMARY, 1,
                    false, false, false, false, type != MouseEvent.MOUSE_RELEASED, false, false, true, false, true, null));
        }
    }

    private void put(String key, double value) {
        out.append(' ').append(key).append('=').append(String.format(Locale.ROOT, "%.4f", value));
    }
}
