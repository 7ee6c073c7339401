package org.mountainsseas.map;

import java.nio.IntBuffer;
import javafx.animation.AnimationTimer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * While the camera moves, the map shows a moved and scaled copy of its last crisp frame instead
 * of repainting every county, arc and label; once the gesture pauses ({@link GesturePause}: still for
 * {@value GesturePause#SETTLE_MS} ms and for a whole pulse) it repaints crisply. A change of content
 * (selection, language, year …) always repaints crisply.
 * <p>
 * The copy is resampled here, nearest pixel, into a {@link PixelBuffer} that an unscaled
 * {@link ImageView} shows while the canvas is hidden. The software renderer draws a scaled image
 * about seven times slower than an unscaled one (a full window: ~40 ms against ~6 ms of CPU per
 * frame at 1920×1080; ~47 ms to scale it even unfiltered), and resampling the map's 1.4 M
 * pixels here costs about 1 ms for a pan and 3–5 ms for a zoom ({@link #resample}).
 */
final class MotionCache {
    private final GesturePause pause = new GesturePause();
    private final AnimationTimer settle;
    private final ImageView view = new ImageView();
    private final SnapshotParameters params = new SnapshotParameters();
    private int[] source = new int[0];
    private PixelBuffer<IntBuffer> target;
    private int[] scratch = new int[0];
    private int width;
    private int height;
    private int capacityW;
    private int capacityH;
    private double tx;
    private double ty;
    private double scale;
    private boolean valid;
    private boolean moving;
    private boolean crispFrameShown;
    private boolean capturing;

    MotionCache(Runnable repaint) {
        settle = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (pause.pulse(now)) {
                    stop();
                    moving = false;
                    repaint.run();
                }
            }
        };
        params.setFill(Color.TRANSPARENT);
        view.setVisible(false);
        view.setMouseTransparent(true);
        view.setManaged(false);
    }

    /** The node that shows the moved frame; the owner puts it above its canvas. */
    ImageView view() {
        return view;
    }

    /** Called when the camera moves, before the canvas is repainted. */
    void cameraMoved(Canvas canvas, MapCamera camera) {
        if (!moving && crispFrameShown && canvas.getWidth() > 0 && canvas.getHeight() > 0) {
            capture(canvas);
        }
        if (valid) {
            moving = true;
            pause.moved(System.nanoTime());
            settle.start();
        }
    }

    private void capture(Canvas canvas) {
        if (capturing) {
            return;
        }
        // the snapshot runs a layout pass, which can resize the map and move the camera, and so
        // come back here: the sizes are taken from the snapshot, after it, and the inner call is dropped
        capturing = true;
        try {
            // not kept: the pixels are copied out, and between gestures its 4 bytes a pixel would only cost memory
            WritableImage shot = canvas.snapshot(params, null);
            int w = (int) shot.getWidth(), h = (int) shot.getHeight();
            if (w <= 0 || h <= 0) {
                return;
            }
            ensureCapacity(w, h);
            width = w;
            height = h;
            view.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
            shot.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), source, 0, w);
            valid = true;
        } finally {
            capturing = false;
        }
    }

    private void ensureCapacity(int w, int h) {
        if (w > capacityW || h > capacityH) {
            // buffers only grow: a map whose size flickers by a scroll bar's width keeps one set
            capacityW = Math.max(w, capacityW);
            capacityH = Math.max(h, capacityH);
            source = new int[capacityW * capacityH];
            scratch = new int[4 * capacityW];
            target = new PixelBuffer<>(capacityW, capacityH, IntBuffer.allocate(capacityW * capacityH),
                    PixelFormat.getIntArgbPreInstance());
            view.setImage(new WritableImage(target));
        }
    }

    /**
     * Called when the camera moves, with the crisp frame on screen (premultiplied ARGB, {@code w}
     * pixels a row) and the camera it was drawn at: its pixels are copied straight from the buffer,
     * with no snapshot of a node.
     */
    void cameraMoved(int[] shown, int w, int h, double shownTx, double shownTy, double shownScale) {
        if (!moving && shown != null && w > 0 && h > 0) {
            ensureCapacity(w, h);
            width = w;
            height = h;
            view.setViewport(new javafx.geometry.Rectangle2D(0, 0, w, h));
            System.arraycopy(shown, 0, source, 0, w * h);
            tx = shownTx;
            ty = shownTy;
            scale = shownScale;
            valid = true;
        }
        if (valid) {
            moving = true;
            pause.moved(System.nanoTime());
            settle.start();
        }
    }

    /**
     * Like {@link #showMoved}, for a crisp frame made elsewhere: shows the moved frame and returns
     * true, or returns false when a crisp frame is due, leaving the moved image up (if any) until
     * {@link #crispShown} says the crisp frame is on screen.
     */
    boolean showMovedUntilCrisp(MapCamera camera, double w, double h) {
        if (moving && valid && width >= w - 1 && height >= h - 1) {
            double k = camera.scale() / scale;
            resample(k, camera.tx() - tx * k, camera.ty() - ty * k);
            target.updateBuffer(b -> null);
            view.setVisible(true);
            return true;
        }
        valid = false;
        return false;
    }

    /** The crisp frame is on screen: the moved image goes. */
    void crispShown() {
        if (!moving) {
            view.setVisible(false);
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
        pause.stop();
        settle.stop();
    }

    /**
     * Shows the moved frame, hiding the canvas, and returns true; or hides it again and returns
     * false when a crisp paint is due (and records where it is painted).
     */
    boolean showMoved(Canvas canvas, MapCamera camera, double w, double h) {
        if (moving && valid && width >= w - 1 && height >= h - 1) {
            double k = camera.scale() / scale;
            resample(k, camera.tx() - tx * k, camera.ty() - ty * k);
            target.updateBuffer(b -> null);
            view.setVisible(true);
            canvas.setVisible(false);
            return true;
        }
        valid = false;
        view.setVisible(false);
        canvas.setVisible(true);
        crispPainted(camera);
        return false;
    }

    private void resample(double k, double ox, double oy) {
        resample(source, target.getBuffer().array(), width, height, capacityW, k, ox, oy, scratch);
    }

    /**
     * Nearest-pixel resampling of a {@code w × h} image: target pixel (x, y) takes the source
     * pixel ((x + ½ − ox) / k, (y + ½ − oy) / k), or stays clear (0) outside the source.
     * The source's rows are {@code w} apart, the target's {@code outStride}; {@code scratch} is
     * scratch space of length {@code 4 w} or more.
     * <p>
     * A row that samples the same source row as the one above (zoomed in) is a copy of that row,
     * and where the columns fall in long runs of consecutive source pixels (a pan is one run a
     * row) each row is a few array copies; only a zoom's other rows go pixel by pixel. On the FX
     * thread, under the app's C1-only JIT, the per-pixel loop was most of a roam frame's time.
     */
    static void resample(int[] source, int[] out, int w, int h, int outStride, double k, double ox, double oy, int[] scratch) {
        int runs = columns(w, k, ox, scratch);
        // runs of a few pixels cost more to copy one by one than the plain loop
        boolean inRuns = runs * 8 <= w;
        // the columns inside the source: the source column grows with x, so they are one stretch
        int inFrom = scratch[w + 1] < 0 ? scratch[w + 2] : 0;
        int inTo = scratch[w + 3 * runs - 2] < 0 ? scratch[w + 3 * runs - 3] : w;
        int lastSy = Integer.MIN_VALUE, lastRow = -1;
        for (int y = 0; y < h; y++) {
            int sy = (int) Math.floor((y + 0.5 - oy) / k);
            int row = y * outStride;
            if (sy < 0 || sy >= h) {
                java.util.Arrays.fill(out, row, row + w, 0);
                continue;
            }
            if (sy == lastSy) {
                System.arraycopy(out, lastRow, out, row, w);
            } else if (inRuns) {
                copyRuns(source, sy * w, out, row, scratch, w, runs);
            } else {
                copyPixels(source, sy * w, out, row, scratch, w, inFrom, inTo);
            }
            lastSy = sy;
            lastRow = row;
        }
    }

    /**
     * Writes each target column's source column (or −1, clear) to {@code scratch[0, w)} and the same
     * as runs of consecutive source columns to {@code scratch[w, …)}: (first target column, first
     * source column or −1, length) each; returns how many runs.
     */
    private static int columns(int w, double k, double ox, int[] scratch) {
        int n = 0, prev = Integer.MIN_VALUE;
        for (int x = 0; x < w; x++) {
            int sx = (int) Math.floor((x + 0.5 - ox) / k);
            if (sx < 0 || sx >= w) {
                sx = -1;
            }
            scratch[x] = sx;
            boolean joins = n > 0 && (sx < 0 ? prev < 0 : prev >= 0 && sx == prev + 1);
            if (joins) {
                scratch[w + 3 * n - 1]++;
            } else {
                scratch[w + 3 * n] = x;
                scratch[w + 3 * n + 1] = sx;
                scratch[w + 3 * n + 2] = 1;
                n++;
            }
            prev = sx;
        }
        return n;
    }

    private static void copyRuns(int[] source, int from, int[] out, int row, int[] scratch, int w, int n) {
        for (int r = w; r < w + 3 * n; r += 3) {
            int x = scratch[r], sx = scratch[r + 1], len = scratch[r + 2];
            if (sx < 0) {
                java.util.Arrays.fill(out, row + x, row + x + len, 0);
            } else {
                System.arraycopy(source, from + sx, out, row + x, len);
            }
        }
    }

    private static void copyPixels(int[] source, int from, int[] out, int row, int[] columns, int w, int inFrom, int inTo) {
        java.util.Arrays.fill(out, row, row + inFrom, 0);
        for (int x = inFrom; x < inTo; x++) {
            out[row + x] = source[from + columns[x]];
        }
        java.util.Arrays.fill(out, row + inTo, row + w, 0);
    }

    boolean showing() {
        return moving && valid;
    }

    void dispose() {
        settle.stop();
    }
}
