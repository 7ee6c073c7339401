package org.mountainsseas.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import org.mountainsseas.geo.Bounds;

/** Traces world-pixel rings and lines onto a canvas through the camera. */
final class Paths {
    private Paths() {
    }

    /** Adds closed rings to the current path. */
    static void rings(GraphicsContext gc, List<double[]> rings, MapCamera camera) {
        double s = camera.scale(), tx = camera.tx(), ty = camera.ty();
        for (double[] r : rings) {
            gc.moveTo(tx + r[0] * s, ty + r[1] * s);
            for (int i = 2; i < r.length; i += 2) {
                gc.lineTo(tx + r[i] * s, ty + r[i + 1] * s);
            }
            gc.closePath();
        }
    }

    /** Adds an open line to the current path. */
    static void line(GraphicsContext gc, double[] line, MapCamera camera) {
        double s = camera.scale(), tx = camera.tx(), ty = camera.ty();
        gc.moveTo(tx + line[0] * s, ty + line[1] * s);
        for (int i = 2; i < line.length; i += 2) {
            gc.lineTo(tx + line[i] * s, ty + line[i + 1] * s);
        }
    }

    /** Whether world bounds are at least partly on a width × height screen. */
    static boolean visible(Bounds b, MapCamera camera, double width, double height) {
        double s = camera.scale();
        double x1 = camera.tx() + b.minX() * s, x2 = camera.tx() + b.maxX() * s;
        double y1 = camera.ty() + b.minY() * s, y2 = camera.ty() + b.maxY() * s;
        return x2 >= 0 && x1 <= width && y2 >= 0 && y1 <= height;
    }
}
