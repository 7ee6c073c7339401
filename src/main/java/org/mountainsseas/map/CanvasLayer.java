package org.mountainsseas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A map layer that paints on a canvas the size of the map. It marks itself dirty when the camera
 * moves or an observed property changes, and repaints once on the next layout pulse in
 * {@link #paint}. Listeners it adds are removed in {@link #dispose()}.
 * <p>
 * Layers {@linkplain #share shared} by a map paint, in order, onto the first one's canvas: with
 * the software renderer every full-window canvas costs a clear and a full-window blend per frame,
 * so one canvas instead of four is most of a frame's budget saved. Each layer starts its paint
 * with the graphics state reset.
 */
public abstract class CanvasLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    protected final MapCamera camera;
    private final Region host;
    private final Runnable onCamera = this::cameraMoved;
    private final InvalidationListener onChange = o -> contentChanged();
    private final List<Observable> observed = new ArrayList<>();
    private long paints;
    private CanvasLayer leader = this;
    private List<CanvasLayer> stack = List.of(this);
    private final MotionCache cache = new MotionCache(this::repaintCrisp);

    protected CanvasLayer(MapCamera camera, Region host) {
        this.camera = camera;
        this.host = host;
        setMouseTransparent(true);
        canvas.getStyleClass().add("canvas-layer-surface");
        getChildren().addAll(canvas, cache.view());
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.widthProperty().addListener(onChange);
        canvas.heightProperty().addListener(onChange);
        camera.addListener(onCamera);
    }

    /**
     * Makes the layers paint, bottom first, onto the first layer's canvas; the others give up
     * their own. Call once, before the layers are shown.
     */
    public static void share(List<? extends CanvasLayer> layers) {
        CanvasLayer first = layers.get(0);
        first.stack = List.copyOf(layers);
        for (CanvasLayer layer : layers.subList(1, layers.size())) {
            layer.leader = first;
            layer.canvas.widthProperty().unbind();
            layer.canvas.heightProperty().unbind();
            layer.canvas.widthProperty().removeListener(layer.onChange);
            layer.canvas.heightProperty().removeListener(layer.onChange);
            layer.getChildren().removeAll(layer.canvas, layer.cache.view());
            // the camera already repaints the first layer
            layer.camera.removeListener(layer.onCamera);
        }
    }

    /** Repaints whenever one of these changes. */
    protected final void observe(Observable... properties) {
        for (Observable o : properties) {
            o.addListener(onChange);
            observed.add(o);
        }
    }

    /** Asks for a repaint on the next pulse. */
    public final void invalidate() {
        contentChanged();
    }

    private void contentChanged() {
        leader.cache.contentChanged();
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

    private void repaintCrisp() {
        markDirty();
    }

    /** Whether the map shows a moved image of an earlier frame and will repaint crisply soon. */
    public boolean showingMotionImage() {
        return leader.cache.showing();
    }

    @Override
    protected final void markDirty() {
        if (leader != this) {
            leader.markDirty();
        } else {
            super.markDirty();
        }
    }

    @Override
    protected final void layoutLayer() {
        if (leader != this || !camera.ready() || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        double w = canvas.getWidth(), h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        if (cache.showMoved(canvas, camera, w, h)) {
            return;
        }
        gc.clearRect(0, 0, w, h);
        for (CanvasLayer layer : stack) {
            gc.save();
            layer.paint(gc, w, h);
            gc.restore();
            layer.paints++;
        }
    }

    /** Paints the layer; called on the FX thread during layout, at most once per pulse. */
    protected abstract void paint(GraphicsContext gc, double width, double height);

    /** How many times the layer has painted (for tests and benchmarks). */
    public long paintCount() {
        return paints;
    }

    protected Region host() {
        return host;
    }

    /** Removes every listener this layer added. */
    public void dispose() {
        cache.dispose();
        camera.removeListener(onCamera);
        for (Observable o : observed) {
            o.removeListener(onChange);
        }
        observed.clear();
        canvas.widthProperty().unbind();
        canvas.heightProperty().unbind();
    }

    /**
     * Half a device pixel in canvas units: 0.5, or less where the canvas is drawn at a higher
     * output scale (a HiDPI screen), so the level of detail in {@link Paths} stays below what shows.
     */
    protected double halfDevicePixel() {
        javafx.stage.Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window == null ? 1 : Math.max(1, Math.max(window.getOutputScaleX(), window.getOutputScaleY()));
        return 0.5 / scale;
    }
}
