package org.mountainsseas.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.animation.AnimationTimer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.stage.Stage;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;

/**
 * One run of the rasteriser comparison in its own JVM, for Zhejiang or (with a file argument) the
 * China-wide stress layer: the same {@link CrispFrame} at 1920×1080 drawn
 * <ol>
 * <li>off the FX thread by each {@link Candidate} (Java2D all anti-aliased, fills not anti-aliased,
 * each on one thread and in two bands on two; Skia with and without anti-aliased fills): wall and
 * process CPU time of each draw;</li>
 * <li>by JavaFX's {@code GraphicsContext} into a shown {@code Canvas} on every pulse, as the app does
 * today: the pulse interval (the FX thread's recording plus the renderer's rasterising; the run
 * asks for 1,000 pulses a second so the 60 Hz timer is no floor), the process's CPU per pulse and
 * the renderer thread's;</li>
 * <li>and the swap: a finished frame copied into a {@code PixelBuffer} on every pulse and shown by
 * an {@code ImageView}: the copy, the pulse and its CPU.</li>
 * </ol>
 * Each: {@code bench.raster.warmup} draws first (10), then {@code bench.raster.draws} timed (20); wall
 * times per draw, the process's CPU per draw over all timed draws (its clock ticks in 10 ms).
 * Writes each candidate's frame to {@code target/bench/raster/LAYER-NAME.png}, prints one
 * {@code RESULT key=v1,v2,… …} line with every timed draw, and exits.
 */
public final class RasterBench extends Application {
    private static final int WIDTH = 1920;
    private static final int HEIGHT = 1080;
    private static final Path PNG = Path.of("target/bench/raster");
    private final int warmup = Integer.getInteger("bench.raster.warmup", 10);
    private final int draws = Integer.getInteger("bench.raster.draws", 20);
    private final Map<String, List<Double>> results = new LinkedHashMap<>();
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private String layer;
    private CrispFrame frame;
    private Canvas canvas;
    private ImageView view;

    /** The entry point (not on the Application class, so the java launcher does not insist on a module path). */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            System.setProperty("javafx.platform", "desktop");
            launch(RasterBench.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            e.printStackTrace();
            System.exit(1);
        });
        List<String> args = getParameters().getRaw();
        Path stress = args.isEmpty() ? null : Path.of(args.get(0));
        layer = stress == null ? "zhejiang" : "china";
        canvas = new Canvas(WIDTH, HEIGHT);
        view = new ImageView();
        view.setVisible(false);
        stage.setScene(new Scene(new Pane(canvas, view), WIDTH, HEIGHT));
        stage.show();
        Thread worker = new Thread(() -> {
            try {
                World world = WorldLoader.load(DataLocation.bundled(), stress);
                frame = CrispFrame.home(world, WIDTH, HEIGHT);
                System.out.printf(Locale.ROOT, "INFO %s: %d counties, %d vertices, %d border lines, %d arcs, scale %.4f%n", layer,
                        world.atlas().countyCount(), frame.vertexCount(), frame.borders.size(), frame.arcs.size(), frame.scale);
                List<Candidate> finished = offscreen();
                Platform.runLater(() -> canvasPulses(finished));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "raster-bench");
        worker.setDaemon(true);
        worker.start();
    }

    /** Every off-thread candidate in turn; returns one finished Java2D and (if it loaded) one Skia frame for the swap. */
    private List<Candidate> offscreen() throws Exception {
        List<Candidate> keep = new ArrayList<>();
        for (Candidate c : List.<Candidate>of(
                Java2dRaster.pathsOnly(frame),
                new Java2dRaster(frame, "java2d-aa", true, 1),
                new Java2dRaster(frame, "java2d-fills-noaa", false, 1),
                new Java2dRaster(frame, "java2d-aa-2bands", true, 2),
                new Java2dRaster(frame, "java2d-fills-noaa-2bands", false, 2))) {
            measure(c);
            if (c.name().equals("java2d-fills-noaa")) {
                keep.add(c);
            } else {
                c.close();
            }
        }
        for (boolean aa : new boolean[] {true, false}) {
            Candidate skia;
            try {
                skia = new SkiaRaster(frame, aa ? "skia-aa" : "skia-fills-noaa", aa);
            } catch (Throwable e) {
                // an UnsatisfiedLinkError or a failed extraction to ~/.skiko: say exactly what, measure the rest
                System.out.println("SKIA_ERROR " + e.getClass().getName() + ": " + String.valueOf(e.getMessage()).replace('\n', ' '));
                break;
            }
            measure(skia);
            if (aa) {
                skia.close();
            } else {
                keep.add(skia);
            }
        }
        return keep;
    }

    private void measure(Candidate c) throws Exception {
        for (int i = 0; i < warmup; i++) {
            c.draw();
        }
        // the process's CPU clock ticks in 10 ms on Linux: CPU is taken over all timed draws, one figure per run
        long cpu = Memory.processCpuNanos();
        for (int i = 0; i < draws; i++) {
            long t = System.nanoTime();
            c.draw();
            add(c.name() + "_wall", (System.nanoTime() - t) / 1e6);
        }
        add(c.name() + "_cpu", (Memory.processCpuNanos() - cpu) / 1e6 / draws);
        if (!c.name().equals("paths-only")) {
            write(c.image(), c.name());
        }
    }

    /** JavaFX's own path: the whole frame recorded into the canvas on every pulse and rasterised by the renderer. */
    private void canvasPulses(List<Candidate> finished) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        Thread renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                .findFirst().orElse(null);
        pulses("fx-canvas", renderer, () -> {
            long t = System.nanoTime();
            paint(gc);
            add("fx-canvas_record", (System.nanoTime() - t) / 1e6);
        }, () -> {
            write(SwingFXUtils.fromFXImage(canvas.snapshot(null, null), null), "fx-canvas");
            canvas.setVisible(false);
            view.setVisible(true);
            swaps(finished, 0, renderer);
        });
    }

    /** Each finished frame copied into a PixelBuffer on every pulse and shown: what swapping in a back buffer costs. */
    private void swaps(List<Candidate> finished, int index, Thread renderer) {
        if (index == finished.size()) {
            finished.forEach(Candidate::close);
            finish();
            return;
        }
        Candidate c = finished.get(index);
        IntBuffer pixels = ByteBuffer.allocateDirect(WIDTH * HEIGHT * 4).order(ByteOrder.nativeOrder()).asIntBuffer();
        PixelBuffer<IntBuffer> buffer = new PixelBuffer<>(WIDTH, HEIGHT, pixels, PixelFormat.getIntArgbPreInstance());
        view.setImage(new WritableImage(buffer));
        String key = "swap-" + c.name().replaceAll("-.*", "");
        pulses(key, renderer, () -> {
            long t = System.nanoTime();
            buffer.updateBuffer(b -> {
                c.copyInto(pixels);
                return null;
            });
            add(key + "_copy", (System.nanoTime() - t) / 1e6);
        }, () -> swaps(finished, index + 1, renderer));
    }

    /**
     * Runs {@code work} on {@code warmup + draws + 1} pulses; of the last {@code draws} pulses, records the
     * interval to the next pulse and the renderer thread's CPU in it, and the process's CPU over all of them;
     * then runs {@code then}.
     */
    private void pulses(String key, Thread renderer, Runnable work, Runnable then) {
        long rendererId = renderer == null ? -1 : renderer.getId();
        new AnimationTimer() {
            private int n;
            private long lastAt;
            private long firstCpu;
            private long lastRenderCpu;

            @Override
            public void handle(long now) {
                long renderCpu = rendererId < 0 ? 0 : threads.getThreadCpuTime(rendererId);
                if (n > warmup) {
                    add(key + "_pulse", (now - lastAt) / 1e6);
                    add(key + "_render_cpu", (renderCpu - lastRenderCpu) / 1e6);
                }
                if (n == warmup) {
                    firstCpu = Memory.processCpuNanos();
                }
                if (n == warmup + draws) {
                    // whole-process CPU over the timed pulses (its clock ticks in 10 ms), one figure per run
                    add(key + "_cpu", (Memory.processCpuNanos() - firstCpu) / 1e6 / draws);
                    stop();
                    then.run();
                    return;
                }
                lastAt = now;
                lastRenderCpu = renderCpu;
                if (n == warmup) {
                    // the timed pulses record only their own work
                    results.remove(key + "_record");
                    results.remove(key + "_copy");
                }
                work.run();
                n++;
            }
        }.start();
    }

    /** The crisp frame through JavaFX's GraphicsContext, as the app's land and arc layers draw it. */
    private void paint(GraphicsContext gc) {
        gc.setFill(frame.style.sea());
        gc.fillRect(0, 0, WIDTH, HEIGHT);
        gc.setFillRule(FillRule.NON_ZERO);
        gc.setLineJoin(StrokeLineJoin.BEVEL);
        CrispFrame.Sink sink = CrispFrame.Sink.of(gc::moveTo, gc::lineTo, gc::closePath);
        for (CrispFrame.Fill f : frame.fills) {
            gc.beginPath();
            frame.traceShapes(sink, f.shapes(), 0, HEIGHT);
            gc.setFill(f.color());
            gc.fill();
        }
        gc.beginPath();
        frame.traceBorders(sink, 0, HEIGHT);
        gc.setStroke(frame.style.countyBorder());
        gc.setLineWidth(frame.style.borderWidth());
        gc.stroke();
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setLineWidth(frame.style.arcWidth());
        for (CrispFrame.Arc a : frame.arcs) {
            gc.setStroke(new LinearGradient(a.x1(), a.y1(), a.px(), a.py(), false, CycleMethod.NO_CYCLE,
                    new Stop(0, frame.arcFrom()), new Stop(1, frame.arcTo())));
            gc.beginPath();
            gc.moveTo(a.x1(), a.y1());
            gc.quadraticCurveTo(a.cx(), a.cy(), a.x2(), a.y2());
            gc.stroke();
        }
    }

    private void write(BufferedImage image, String name) {
        try {
            Files.createDirectories(PNG);
            // PNG without the alpha channel: the frame is opaque, and premultiplied pixels would be written as they are
            BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            rgb.createGraphics().drawImage(image, 0, 0, null);
            javax.imageio.ImageIO.write(rgb, "png", PNG.resolve(layer + "-" + name + ".png").toFile());
        } catch (java.io.IOException e) {
            System.out.println("INFO could not write the " + name + " PNG: " + e.getMessage());
        }
    }

    private void add(String key, double value) {
        results.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
    }

    private void finish() {
        StringBuilder out = new StringBuilder("RESULT");
        results.forEach((k, v) -> {
            out.append(' ').append(k).append('=');
            for (int i = 0; i < v.size(); i++) {
                out.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%.3f", v.get(i)));
            }
        });
        System.out.println(out);
        System.out.flush();
        System.exit(0);
    }
}
