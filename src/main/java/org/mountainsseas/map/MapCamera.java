package org.mountainsseas.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.WebMercator;

/**
 * The map's viewport: zoom and translation, conversions between screen and world pixels, and
 * listeners told of every change. It is an invisible {@link MapLayer} of Gluon's {@code MapView},
 * which hosts the app's layers and lays them out; the viewport itself is kept here, not in Gluon's
 * base map. The base map's tiles are blank (the app draws everything), and moving it made it look
 * up, create and style tile nodes on every frame of a pan or zoom, so it is hidden and left still.
 */
public final class MapCamera extends MapLayer {
    private final List<Runnable> listeners = new ArrayList<>();
    private double minZoom = 1;
    private double maxZoom = 18;
    private double zoom;
    private double tx;
    private double ty;
    private boolean ready;
    private boolean jumping;

    public MapCamera() {
        setMouseTransparent(true);
        setManaged(false);
    }

    @Override
    protected void initialize() {
        // the app draws everything itself and the tiles are blank: drawing them would only cost
        // the software renderer a full-window blend per frame
        baseMap.setVisible(false);
        ready = true;
        fire();
    }

    /** Called on every change of zoom or position, on the FX thread. */
    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void removeListener(Runnable r) {
        listeners.remove(r);
    }

    private void fire() {
        for (Runnable r : List.copyOf(listeners)) {
            r.run();
        }
    }

    /**
     * Like {@link #show}, but a jump, not a motion: listeners see {@link #jumping()} and repaint
     * at once instead of moving a copy of the last frame (a re-fit to a new map size).
     */
    public void jumpTo(double wx, double wy, double z, double sx, double sy) {
        jumping = true;
        try {
            show(wx, wy, z, sx, sy);
        } finally {
            jumping = false;
        }
    }

    /** Whether the change being told is a {@link #jumpTo jump}. */
    public boolean jumping() {
        return jumping;
    }

    public boolean ready() {
        return ready;
    }

    public double zoom() {
        return zoom;
    }

    /** Screen pixels per world pixel. */
    public double scale() {
        return Math.pow(2, zoom);
    }

    public double tx() {
        return tx;
    }

    public double ty() {
        return ty;
    }

    public double screenX(double worldX) {
        return tx() + worldX * scale();
    }

    public double screenY(double worldY) {
        return ty() + worldY * scale();
    }

    public double worldX(double screenX) {
        return (screenX - tx()) / scale();
    }

    public double worldY(double screenY) {
        return (screenY - ty()) / scale();
    }

    public void setZoomRange(double min, double max) {
        this.minZoom = min;
        this.maxZoom = max;
    }

    public double minZoom() {
        return minZoom;
    }

    public double maxZoom() {
        return maxZoom;
    }

    public double clampZoom(double z) {
        return Math.max(minZoom, Math.min(maxZoom, z));
    }

    /** Zooms by {@code delta} levels keeping the screen point (px, py) fixed, within the zoom range. */
    public void zoomBy(double delta, double px, double py) {
        double target = clampZoom(zoom() + delta);
        double d = target - zoom();
        if (Math.abs(d) < 1e-9) {
            return;
        }
        double wx = worldX(px), wy = worldY(py);
        show(wx, wy, target, px, py);
    }

    public void panBy(double dx, double dy) {
        if (dx != 0 || dy != 0) {
            tx += dx;
            ty += dy;
            fire();
        }
    }

    /** Puts world point (wx, wy) at screen point (sx, sy) at zoom z. */
    public void show(double wx, double wy, double z, double sx, double sy) {
        double s = Math.pow(2, z);
        double x = sx - wx * s, y = sy - wy * s;
        if (z != zoom || x != tx || y != ty) {
            zoom = z;
            tx = x;
            ty = y;
            fire();
        }
    }

    /** The zoom at which bounds fill a width × height view with a margin (share of the view). */
    public static double fitZoom(Bounds b, double width, double height, double margin) {
        double w = Math.max(1, width * (1 - 2 * margin));
        double h = Math.max(1, height * (1 - 2 * margin));
        return Math.log(Math.min(w / b.width(), h / b.height())) / Math.log(2);
    }

    public double centerLat(double height) {
        return WebMercator.lat(worldY(height / 2));
    }

    public double centerLon(double width) {
        return WebMercator.lon(worldX(width / 2));
    }
}
