package org.mountainsseas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.Observable;
import javafx.beans.InvalidationListener;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

/**
 * A map layer that paints on one canvas the size of the map. It marks itself dirty when the
 * camera moves or an observed property changes, and repaints once on the next layout pulse in
 * {@link #paint}. Listeners it adds are removed in {@link #dispose()}.
 */
public abstract class CanvasLayer extends MapLayer {
    private final Canvas canvas = new Canvas();
    protected final MapCamera camera;
    private final Region host;
    private final Runnable onCamera = this::markDirty;
    private final InvalidationListener onChange = o -> markDirty();
    private final List<Observable> observed = new ArrayList<>();
    private long paints;

    protected CanvasLayer(MapCamera camera, Region host) {
        this.camera = camera;
        this.host = host;
        setMouseTransparent(true);
        getChildren().add(canvas);
        canvas.widthProperty().bind(host.widthProperty());
        canvas.heightProperty().bind(host.heightProperty());
        canvas.widthProperty().addListener(onChange);
        canvas.heightProperty().addListener(onChange);
        camera.addListener(onCamera);
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
        markDirty();
    }

    @Override
    protected final void layoutLayer() {
        if (!camera.ready() || canvas.getWidth() <= 0 || canvas.getHeight() <= 0) {
            return;
        }
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        paint(gc, canvas.getWidth(), canvas.getHeight());
        paints++;
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
        camera.removeListener(onCamera);
        for (Observable o : observed) {
            o.removeListener(onChange);
        }
        observed.clear();
        canvas.widthProperty().unbind();
        canvas.heightProperty().unbind();
    }
}
