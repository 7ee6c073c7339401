package org.mountainsseas.map;

import java.util.List;
import javafx.application.Platform;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.Detail;
import org.mountainsseas.geo.DetailBands;

/**
 * Traces world-pixel rings and lines onto a canvas through the camera, as a level of detail: each
 * vertex is snapped to a grid of {@code cell} screen pixels (half a device pixel, see
 * {@link Frame#cell()}) and a vertex in the same cell as the one before is left
 * out. Snapping, rather than dropping vertices by distance, keeps shared borders shared: both
 * neighbours' rings, and the border network, pass through the same cells and so the same points,
 * whichever way round they run, so fills meet without seams. At the China-wide home view this
 * keeps 64 % of the 425 k vertices; zoomed in, or at Zhejiang's home view where vertices are
 * pixels apart, nearly all of them, moved by at most a quarter of a device pixel.
 */
public final class Paths {
    /**
     * Whether far-out frames draw the zoom bands' simplified counties: yes unless
     * {@code -Dmountainsseas.detailBands=false} ({@link DetailBands#ON}); the app reads them from the
     * layer cache, or works them out and keeps them there, once its first frame is on screen
     * (docs/performance.md).
     */
    static final boolean BANDS = DetailBands.ON;

    private Paths() {
    }

    /** Where traced points go: a surface's current path, or (in tests and the benchmark) a list or another rasteriser's path. */
    public interface Sink {
        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void closePath();
    }

    /** Adds closed rings to the current path. */
    static void rings(Sink gc, List<double[]> rings, MapCamera camera, double cell) {
        for (double[] r : rings) {
            trace(gc, r, camera, cell);
            gc.closePath();
        }
    }

    /** Adds an open line to the current path. */
    static void line(Sink gc, double[] line, MapCamera camera, double cell) {
        trace(gc, line, camera, cell);
    }

    static void trace(Sink gc, double[] points, MapCamera camera, double cell) {
        trace(gc, points, camera.scale(), camera.tx(), camera.ty(), cell);
    }

    /** Traces a line of world pixels seen at {@code scale} and offset {@code (viewTx, viewTy)}, snapped to {@code cell}. */
    public static void trace(Sink gc, double[] points, double scale, double viewTx, double viewTy, double cell) {
        // in cells: a vertex's cell is the rounded value, its point the cell times the cell size
        double s = scale / cell, tx = viewTx / cell, ty = viewTy / cell;
        double lastX = Math.rint(tx + points[0] * s), lastY = Math.rint(ty + points[1] * s);
        gc.moveTo(lastX * cell, lastY * cell);
        for (int i = 2; i < points.length; i += 2) {
            double x = Math.rint(tx + points[i] * s), y = Math.rint(ty + points[i + 1] * s);
            if (x != lastX || y != lastY) {
                gc.lineTo(x * cell, y * cell);
                lastX = x;
                lastY = y;
            }
        }
    }

    /**
     * The counties at the level of detail of the camera's zoom, in device pixels: a simplified band
     * once it is ready, the atlas's own shapes until then and when zoomed in beyond every band. When
     * the band becomes ready the painter repaints if the camera is where it was; if it has moved
     * since, the crisp frame after the motion takes the band (a repaint in mid-gesture would cost a
     * crisp frame and ask for the band of a passing zoom). The land's fills and the borders of one
     * frame ask with the same scale, so they get the same band unless it became ready between the
     * two (then, for one frame, borders and fills differ by under a device pixel).
     */
    static Detail detail(Atlas atlas, MapCamera camera, Frame f, MapPainter painter) {
        if (!BANDS) {
            return atlas.fullDetail();
        }
        double zoom = camera.zoom(), tx = camera.tx(), ty = camera.ty();
        return atlas.detail(camera.scale() * Math.max(1, f.outputScale()), () -> Platform.runLater(() -> {
            if (camera.zoom() == zoom && camera.tx() == tx && camera.ty() == ty) {
                painter.invalidate();
            }
        }));
    }

    /** Whether world bounds are at least partly on a width × height screen. */
    static boolean visible(Bounds b, MapCamera camera, double width, double height) {
        double s = camera.scale();
        double x1 = camera.tx() + b.minX() * s, x2 = camera.tx() + b.maxX() * s;
        double y1 = camera.ty() + b.minY() * s, y2 = camera.ty() + b.maxY() * s;
        return x2 >= 0 && x1 <= width && y2 >= 0 && y1 <= height;
    }
}
