package org.mountainsseas.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;

/**
 * The map's one drawing surface: a Gluon {@link MapLayer} that paints an ordered list of
 * {@link MapPainter}s, bottom first, into one full-map image (with the software renderer every
 * full-window node costs a full-window blend per frame). It is the one place that marks the map
 * dirty: when the camera moves, the size changes or a property of {@link MapContext#observed()}
 * changes; the next layout pulse makes one frame, however many changed.
 * <p>
 * The {@link Renderer} draws the frames. On the JavaFX canvas (the first frames, while Skia's library
 * loads: {@link SkiaSwitch}; {@code -Dmountainsseas.raster=fx}; or when Skia does not load: one warning line) the
 * painters paint straight onto it during the layout pulse. With Skia (the default) or Java2D they
 * record the frame on the FX thread ({@link DisplayList}: projection, label placement, the state
 * read) and the rasteriser draws it on a worker thread ({@link MapRaster}); the finished frame is
 * swapped in when it is ready, so the FX thread never waits for a crisp frame. While the camera moves the map shows
 * a moved image of the last crisp frame ({@link MotionCache}), which, off the FX thread, stays up
 * until the next crisp frame is on screen.
 */
public final class MapCanvas extends MapLayer {
    /** Whether the process has said which renderer drew its first off-thread frame (said once). */
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD = new java.util.concurrent.atomic.AtomicBoolean();
    private final Canvas canvas = new Canvas();
    private final ImageView crisp = new ImageView();
    private final Region host;
    private final MapCamera camera;
    private final List<MapPainter> painters;
    private final List<Observable> observed;
    private final SkiaSwitch skia;
    private final Runnable onCamera = this::cameraMoved;
    private final InvalidationListener onChange = this::changed;
    private final MotionCache cache = new MotionCache(this::markDirty);
    private final Surface surface = new FxSurface(canvas.getGraphicsContext2D());
    private Renderer renderer;
    private MapRaster raster;
    private volatile long frames;
    private long recorded;
    private int lastPoints;
    private long paintNanos;
    private long paintCpuNanos;
    /** The frames {@link #paintNanos} counts (since the last {@link #resetTimes}). */
    private long timed;
    private boolean still;
    private boolean dirty = true;
    private boolean paintersSkipped;
    private java.util.concurrent.CompletableFuture<Double> warmFrame;

    /** @param host the region whose size the map takes (the map view) */
    MapCanvas(MapContext context, Region host, List<MapPainter> painters) {
        this(context, host, painters, SkiaSwitch.Library.PROCESS, Renderer::switchesAtNextChange);
    }

    /** The same with Skia's library and the start's kind given (tests load a library by hand). */
    MapCanvas(MapContext context, Region host, List<MapPainter> painters, SkiaSwitch.Library library,
            java.util.function.BooleanSupplier atNextChange) {
        this.skia = new SkiaSwitch(library, atNextChange, this::switchTo, () -> framesShown() > 0);
        skia.whenWaiting(this::warmSkia);
        this.host = host;
        this.camera = context.camera;
        this.painters = List.copyOf(painters);
        this.observed = context.observed();
        setMouseTransparent(true);
        crisp.setManaged(false);
        crisp.setMouseTransparent(true);
        getChildren().addAll(canvas, crisp, cache.view());
        use(Renderer.asked());
        host.widthProperty().addListener(onChange);
        host.heightProperty().addListener(onChange);
        camera.addListener(onCamera);
        observed.forEach(o -> o.addListener(onChange));
        this.painters.forEach(p -> p.attach(this::invalidate));
    }

    /**
     * Draws from now on with this renderer; the next frame is drawn with it. Skia, while its library is
     * still to load, is taken once it has ({@link SkiaSwitch}: the canvas draws meanwhile; {@link #idle}
     * is false until Skia has drawn, except in an interactive start, where it waits for the next change);
     * if it does not load, the canvas goes on drawing. On the FX thread; tests compare renderers with it.
     */
    void use(Renderer asked) {
        Renderer r = skia.resolve(asked);
        renderer = r;
        if (raster != null) {
            raster.dispose();
            raster = null;
        }
        if (r.offThread()) {
            raster = new MapRaster(new MapRaster.Done() {
                @Override
                public void show(MapRaster.Buffer buffer) {
                    showFrame(buffer);
                }

                @Override
                public void failed(String reason) {
                    fellBack(reason);
                }
            }, r == Renderer.SKIA ? new SkiaRasteriser() : MapRaster.java2d());
            markSurface(crisp, canvas);
            // the canvas keeps showing its last frame until the first one drawn off the FX thread is up
            canvas.widthProperty().unbind();
            canvas.heightProperty().unbind();
        } else {
            markSurface(canvas, crisp);
            crisp.setImage(null);
            crisp.setVisible(false);
            canvas.setVisible(true);
            canvas.widthProperty().bind(host.widthProperty());
            canvas.heightProperty().bind(host.heightProperty());
        }
    }

    /** Draws with {@code r} from the next frame on and asks for that frame. */
    private void switchTo(Renderer r) {
        use(r);
        contentChanged();
    }

    /**
     * Whether Skia was asked for and draws the frames, or will draw the next one a change asks for
     * (its library has loaded); false while it loads, where it failed, and where another was asked for.
     */
    public boolean skiaReady() {
        return renderer == Renderer.SKIA || skia.stage() == SkiaSwitch.Stage.AT_NEXT_CHANGE;
    }

    /** When Skia's library started loading in this process (epoch ms), or 0 if it has not. */
    public static long skiaLoadStartedAt() {
        return SkiaLibrary.startedAt();
    }

    /** Whether Skia was asked for and its library has yet to load (the canvas draws meanwhile). */
    public boolean skiaLoading() {
        return skia.stage() == SkiaSwitch.Stage.LOADING;
    }

    /** Marks the node the frames are drawn on (one per map; tests look it up by its style class). */
    private static void markSurface(javafx.scene.Node drawn, javafx.scene.Node unused) {
        unused.getStyleClass().remove("canvas-layer-surface");
        if (!drawn.getStyleClass().contains("canvas-layer-surface")) {
            drawn.getStyleClass().add("canvas-layer-surface");
        }
    }

    /** The rasteriser cannot draw (Skia's library did not load): the canvas draws from now on. */
    private void fellBack(String reason) {
        SkiaLibrary.warnOnce(reason);
        switchTo(Renderer.FX);
    }

    /** The painters, bottom first. */
    public List<MapPainter> painters() {
        return painters;
    }

    /**
     * With {@code true} every crisp frame is made with no painter's work: an empty frame still cleared,
     * drawn, copied, swapped in and shown (the benchmark's floor of a crisp frame). On the FX thread.
     */
    public void setPaintersSkipped(boolean skipped) {
        paintersSkipped = skipped;
        contentChanged();
    }

    /** Asks for a crisp repaint on the next pulse. */
    public void invalidate() {
        contentChanged();
    }

    /**
     * Off-screen rendering (exports, video frames): each frame is drawn at once on the FX thread,
     * so it is on screen when the layout pass that asked for it ends, and, outside an interactive
     * start, all by one renderer (this waits for Skia's library if it is still to load).
     */
    void setStill(boolean still) {
        this.still = still;
        if (still) {
            skia.still();
        }
    }

    /** The state, the size or the style changed: a frame a person asked for. */
    private void changed(Observable o) {
        skia.changed();
        contentChanged();
    }

    private void contentChanged() {
        cache.contentChanged();
        markDirty();
    }

    @Override
    protected void markDirty() {
        dirty = true;
        super.markDirty();
    }

    private void cameraMoved() {
        skia.changed();
        if (camera.jumping()) {
            // no copy of the last frame: taking one renders the canvas into an image first, which at
            // start-up (the window's first sizes) held back the first frame by half a second
            contentChanged();
            return;
        }
        // the last crisp frame is still on screen: keep it to move while the camera moves
        if (!renderer.offThread()) {
            cache.cameraMoved(canvas, camera);
        } else {
            MapRaster.Buffer shown = raster.shown();
            // the camera moves before the first frame is drawn (the window's first sizes): nothing to move yet
            if (shown != null && shown.job.outputScale() == 1) {
                MapRaster.Job j = shown.job;
                cache.cameraMoved(shown.pixels, j.width(), j.height(), j.tx(), j.ty(), j.scale());
            } else {
                // on a HiDPI screen the frame's pixels are not canvas units: each move repaints crisply
                cache.contentChanged();
            }
        }
        markDirty();
    }

    /** Whether the map shows a moved image of an earlier frame and will repaint crisply soon. */
    public boolean showingMotionImage() {
        return cache.showing();
    }

    @Override
    protected void layoutLayer() {
        // Gluon calls this twice in a layout pass that lays out the map view (once from the view, once
        // from this layer, whose own flag Gluon never clears): only the first call after a change paints.
        // Painting twice held back the first frame by a whole frame's painting (docs/performance.md).
        if (!dirty) {
            return;
        }
        dirty = false;
        double w = host.getWidth(), h = host.getHeight();
        if (!camera.ready() || w <= 0 || h <= 0) {
            return;
        }
        if (!cache.showing() && skia.switchesNow()) {
            // a change asks for a crisp frame: from this one on Skia draws (the canvas's frame stays up until it is ready)
            use(Renderer.SKIA);
        }
        if (renderer.offThread()) {
            if (cache.showMovedUntilCrisp(camera, w, h)) {
                // under the moved image's uncovered edges the sea shows, not the old frame
                crisp.setVisible(false);
                return;
            }
            double scale = outputScale();
            DisplayList list = record(w, h, scale);
            // a map that has shown nothing yet (a new map, as after a theme change) draws its first
            // frame at once, as the canvas does, rather than showing an empty map until the worker is done
            raster.request(new MapRaster.Job(list, (int) Math.ceil(w * scale), (int) Math.ceil(h * scale), scale,
                    camera.tx(), camera.ty(), camera.scale(), recorded), still || frames == 0);
            return;
        }
        if (cache.showMoved(canvas, camera, w, h)) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        paintAll(surface, new Frame(surface, w, h, outputScale()));
        frames++;
        skia.canvasFrameShown();
    }

    /**
     * Skia has loaded and waits for the next change, with the canvas's frame at rest on screen: the same
     * frame is recorded once more and drawn by Skia off screen on a thread of its own, and thrown away,
     * so the first Skia frame a change asks for finds a full-size frame's code compiled and Skia's
     * caches warm (docs/performance.md). Nothing on screen changes; the painters' own counts do not move.
     */
    private void warmSkia() {
        double w = host.getWidth(), h = host.getHeight();
        if (!camera.ready() || w <= 0 || h <= 0) {
            return;
        }
        double scale = outputScale();
        DisplayList list = new DisplayList();
        Frame frame = new Frame(list, w, h, scale);
        for (MapPainter painter : painters) {
            list.save();
            painter.paint(frame);
            list.restore();
        }
        warmFrame = SkiaWarmUp.drawAside(list, new MapRaster.Job(list, (int) Math.ceil(w * scale), (int) Math.ceil(h * scale), scale,
                camera.tx(), camera.ty(), camera.scale(), -1));
    }

    /** The warm-up of the first Skia frame ({@link #warmSkia}): its time in ms once drawn, or null if none was started (for tests and the benchmark). */
    java.util.concurrent.CompletableFuture<Double> warmFrame() {
        return warmFrame;
    }

    /** Records a crisp frame of this size for a rasteriser off the FX thread; on the FX thread. */
    DisplayList record(double w, double h, double scale) {
        // room for as many path points as the last frame had: the list does not grow while recording;
        // the arrays of a frame already drawn are reused, so a crisp frame does not allocate them anew
        DisplayList list = new DisplayList(lastPoints + lastPoints / 8, raster == null ? null : raster.takeSpent());
        paintAll(list, new Frame(list, w, h, scale));
        lastPoints = list.points();
        return list;
    }

    private void paintAll(Surface g, Frame frame) {
        long start = System.nanoTime();
        long cpu = PainterClock.now();
        DisplayList list = g instanceof DisplayList d ? d : null;
        for (MapPainter painter : paintersSkipped ? List.<MapPainter>of() : painters) {
            if (list != null) {
                list.startPart(painter);
            }
            g.save();
            painter.paintOn(frame);
            g.restore();
        }
        recorded++;
        timed++;
        paintNanos += System.nanoTime() - start;
        paintCpuNanos += PainterClock.now() - cpu;
    }

    /** Puts a finished frame on screen (on the FX thread). */
    private void showFrame(MapRaster.Buffer buffer) {
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("mountains-and-seas: the map is drawn by " + renderer.label() + " off the FX thread");
        }
        double scale = buffer.job.outputScale();
        if (canvas.isVisible() || canvas.getWidth() > 0) {
            // the first frame drawn off the FX thread replaces the canvas, which keeps no full-window image
            canvas.setVisible(false);
            canvas.setWidth(0);
            canvas.setHeight(0);
        }
        crisp.setImage(buffer.fx);
        crisp.setFitWidth(scale == 1 ? 0 : buffer.job.width() / scale);
        crisp.setFitHeight(scale == 1 ? 0 : buffer.job.height() / scale);
        // a frame finished while the camera moves again waits under the moved image for the next one
        crisp.setVisible(!cache.showing());
        cache.crispShown();
        frames++;
    }

    /** The screen's output scale: 1, or more on a HiDPI screen. */
    private double outputScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, Math.max(window.getOutputScaleX(), window.getOutputScaleY()));
    }

    /** How many crisp frames the painters have made (for tests and benchmarks). */
    public long paintCount() {
        return recorded;
    }

    /** How many crisp frames have been put on screen (tests and the benchmark wait for one, never sleep). */
    public long framesShown() {
        return frames;
    }

    /**
     * Whether every frame asked for is on screen: nothing to paint, draw or show. While Skia's library
     * loads the canvas's frame is final only where Skia waits for the next change to draw.
     */
    public boolean idle() {
        return !dirty && !skia.repaintsWhenLoaded() && (raster == null || raster.idle()) && frames > 0;
    }

    /**
     * The mean time the painters took per frame on the FX thread, in ms: all of the drawing on a
     * canvas, or only the recording when Java2D draws off the FX thread (for the benchmark).
     */
    public double meanPaintMillis() {
        return timed == 0 ? 0 : paintNanos / 1e6 / timed;
    }

    /** The FX thread's mean CPU per frame for the painters' paint or recording, in ms ({@link PainterClock}: 0 unless on). */
    public double meanPaintCpuMillis() {
        return timed == 0 ? 0 : paintCpuNanos / 1e6 / timed;
    }

    /**
     * Starts the mean times afresh, the canvas's and the rasteriser's (for the benchmark: the crisp
     * frames of one phase, without the first frames, which the JavaFX canvas paints while Skia loads).
     */
    public void resetTimes() {
        paintNanos = 0;
        paintCpuNanos = 0;
        timed = 0;
        if (raster != null) {
            raster.resetTimes();
        }
    }

    /** Whether frames are drawn off the FX thread (by Skia or Java2D), now. */
    public boolean offThread() {
        return renderer.offThread();
    }

    /** What draws the frames now: the one asked for, or the canvas after Skia failed to load. */
    public Renderer renderer() {
        return renderer;
    }

    /** The mean time the rasteriser took per frame on the worker, in ms (0 when drawing on the canvas). */
    public double meanRasterMillis() {
        return raster == null ? 0 : raster.meanDrawMillis();
    }

    /** The worker's mean thread CPU per frame, in ms (for the benchmark, with {@code -Dmountainsseas.painterTimes=true}). */
    public double meanRasterCpuMillis() {
        return raster == null ? 0 : raster.meanDrawCpuMillis();
    }

    /**
     * The first frame the rasteriser now drawing drew, on the worker: its time and its thread CPU, in ms
     * (for the benchmark; the CPU with {@code -Dmountainsseas.painterTimes=true}); zeros on the canvas.
     */
    public double[] firstRasterMillis() {
        return raster == null ? new double[2] : raster.firstDrawMillis();
    }

    /** How long Skia's warm-up frame took when its library loaded, in ms (0 if it has not run). */
    public static double skiaWarmUpMillis() {
        return SkiaLibrary.warmUpMillis();
    }

    /** A copy of the crisp frame on screen (for tests); call on the FX thread. */
    Image frameImage() {
        MapRaster.Buffer b = raster == null ? null : raster.shown();
        if (b == null) {
            return canvas.snapshot(null, null);
        }
        return new WritableImage(b.fx.getPixelReader(), b.job.width(), b.job.height());
    }

    /** The FX thread's mean CPU per moved frame while the camera moves, in ms (for the benchmark, with {@code -Dmountainsseas.painterTimes=true}). */
    public double meanMovedMillis() {
        return cache.meanMovedMillis();
    }

    /** The view of the moving image (for tests). */
    ImageView motionView() {
        return cache.view();
    }

    /** Whether the crisp frame is what shows (not the motion image); for tests. */
    boolean showingCrispFrame() {
        return (renderer.offThread() ? crisp.isVisible() : canvas.isVisible()) && !cache.view().isVisible();
    }

    /** Removes every listener the canvas added. */
    public void dispose() {
        skia.dispose();
        cache.dispose();
        if (raster != null) {
            raster.dispose();
        }
        camera.removeListener(onCamera);
        observed.forEach(o -> o.removeListener(onChange));
        host.widthProperty().removeListener(onChange);
        host.heightProperty().removeListener(onChange);
        canvas.widthProperty().unbind();
        canvas.heightProperty().unbind();
    }
}
