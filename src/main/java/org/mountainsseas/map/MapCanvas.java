package org.mountainsseas.map;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;

/**
 * The map's one drawing surface: a Gluon {@link MapLayer} that paints an ordered list of
 * {@link MapPainter}s, bottom first, onto one canvas the size of the map (with the software
 * renderer every full-window canvas costs a clear and a full-window blend per frame). It is the
 * one place that marks the map dirty: when the camera moves, the size changes or a property of
 * {@link MapContext#observed()} changes; the next layout pulse paints once, however many changed.
 * While the camera moves it shows a moved image of the last crisp frame ({@link MotionCache}).
 */
public final class MapCanvas extends MapLayer {
    private final Canvas canvas = new Canvas();
    private final MapCamera camera;
    private final List<MapPainter> painters;
    private final List<Observable> observed;
    private final Runnable onCamera = this::cameraMoved;
    private final InvalidationListener onChange = o -> contentChanged();
    private final MotionCache cache = new MotionCache(this::markDirty);
    private final Surface surface = new FxSurface(canvas.getGraphicsContext2D());
    private volatile long frames;

    /** @param host the region whose size the canvas takes (the map view) */
    MapCanvas(MapContext context, Region host, List<MapPainter> painters) {
        this.camera = context.camera;
        this.painters = List.copyOf(painters);
        this.observed = context.observed();
        setMouseTransparent(true);
        canvas.getStyleClass().add("canvas-layer-surface");
        getChildren().addAll(canvas, cache.view());
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.widthProperty().addListener(onChange);
        canvas.heightProperty().addListener(onChange);
        camera.addListener(onCamera);
        observed.forEach(o -> o.addListener(onChange));
        this.painters.forEach(p -> p.attach(this::invalidate));
    }

    /** The painters, bottom first. */
    public List<MapPainter> painters() {
        return painters;
    }

    /** Asks for a crisp repaint on the next pulse. */
    public void invalidate() {
        contentChanged();
    }

    private void contentChanged() {
        cache.contentChanged();
        markDirty();
    }

    private void cameraMoved() {
        if (camera.jumping()) {
            // no copy of the last frame: taking one renders the canvas into an image first, which at
            // start-up (the window's first sizes) held back the first frame by half a second
            contentChanged();
            return;
        }
        // the canvas still shows the last crisp frame: keep it to move while the camera moves
        cache.cameraMoved(canvas, camera);
        markDirty();
    }

    /** Whether the map shows a moved image of an earlier frame and will repaint crisply soon. */
    public boolean showingMotionImage() {
        return cache.showing();
    }

    @Override
    protected void layoutLayer() {
        if (!camera.ready() || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (cache.showMoved(canvas, camera, w, h)) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        Frame frame = new Frame(surface, w, h, outputScale());
        for (MapPainter painter : painters) {
            gc.save();
            painter.paintOn(frame);
            gc.restore();
        }
        frames++;
    }

    /** The screen's output scale: 1, or more on a HiDPI screen. */
    private double outputScale() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        return window == null ? 1 : Math.max(1, Math.max(window.getOutputScaleX(), window.getOutputScaleY()));
    }

    /** How many crisp frames the map has painted (for tests and benchmarks). */
    public long paintCount() {
        return frames;
    }

    /** The crisp frame as painted last (for tests); call on the FX thread. */
    Image frameImage() {
        return canvas.snapshot(null, null);
    }

    /** The view of the moving image (for tests). */
    javafx.scene.image.ImageView motionView() {
        return cache.view();
    }

    /** How many crisp frames have been put on screen (for tests: wait for one, never sleep). */
    long framesShown() {
        return frames;
    }

    /** Whether the crisp frame is what shows (not the motion image); for tests. */
    boolean showingCrispFrame() {
        return canvas.isVisible() && !cache.view().isVisible();
    }

    /** Removes every listener the canvas added. */
    public void dispose() {
        cache.dispose();
        camera.removeListener(onCamera);
        observed.forEach(o -> o.removeListener(onChange));
        canvas.widthProperty().removeListener(onChange);
        canvas.heightProperty().removeListener(onChange);
        canvas.widthProperty().unbind();
        canvas.heightProperty().unbind();
    }
}
