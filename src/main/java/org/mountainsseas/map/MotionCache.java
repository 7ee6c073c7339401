package org.mountainsseas.map;

import javafx.animation.PauseTransition;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.util.Duration;

/**
 * While the camera moves, the map redraws a moved and scaled image of its last crisp frame
 * instead of every county, arc and label; {@value #SETTLE_MS} ms after the camera stops it
 * repaints crisply. A change of content (selection, language, year …) always repaints crisply.
 * With the software renderer a full repaint costs tens of milliseconds; moving an image, one blit.
 */
final class MotionCache {
    static final int SETTLE_MS = 140;
    private final PauseTransition settle = new PauseTransition(Duration.millis(SETTLE_MS));
    private WritableImage image;
    private double tx;
    private double ty;
    private double scale;
    private boolean valid;
    private boolean moving;
    private boolean crispFrameShown;

    MotionCache(Runnable repaint) {
        settle.setOnFinished(e -> {
            moving = false;
            repaint.run();
        });
    }

    /** Called when the camera moves, before the canvas is repainted. */
    void cameraMoved(Canvas canvas, MapCamera camera) {
        if (!moving && crispFrameShown && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            int w = (int) Math.ceil(canvas.getWidth()), h = (int) Math.ceil(canvas.getHeight());
            if (image == null || image.getWidth() != w || image.getHeight() != h) {
                image = new WritableImage(w, h);
            }
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            canvas.snapshot(params, image);
            valid = true;
        }
        if (valid) {
            moving = true;
            settle.playFromStart();
        }
    }

    /** Remembers where the crisp frame was taken; the next camera move will capture it. */
    private void crispPainted(MapCamera camera) {
        tx = camera.tx();
        ty = camera.ty();
        scale = camera.scale();
        crispFrameShown = true;
    }

    void contentChanged() {
        valid = false;
        moving = false;
        settle.stop();
    }

    /** Draws the moved image and returns true, or returns false when a crisp paint is due (and records it). */
    boolean drawMoved(GraphicsContext gc, MapCamera camera, double w, double h) {
        if (moving && valid && image != null && image.getWidth() >= w - 1 && image.getHeight() >= h - 1) {
            double k = camera.scale() / scale;
            gc.clearRect(0, 0, w, h);
            gc.drawImage(image, camera.tx() - tx * k, camera.ty() - ty * k, image.getWidth() * k, image.getHeight() * k);
            return true;
        }
        valid = false;
        crispPainted(camera);
        return false;
    }

    boolean showing() {
        return moving && valid;
    }

    void dispose() {
        settle.stop();
    }
}
