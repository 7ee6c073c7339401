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
 * pixels here costs about 2 ms of the FX thread's CPU per frame of a zoom ({@link #resample}). A pure pan
 * (a drag: the scale unchanged) resamples nothing: the unchanged frame is moved as a node by whole
 * pixels, which shows the same pixels and spares the renderer a new image each frame.
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
    private long movedCpu;
    /** Whether the view's image holds the last crisp frame unmoved (a pan then only moves the view). */
    private boolean unmovedShown;
    private long movedFrames;

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
            unmovedShown = false;
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
            unmovedShown = false;
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
            showResampled(camera);
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
            showResampled(camera);
            canvas.setVisible(false);
            return true;
        }
        valid = false;
        view.setVisible(false);
        canvas.setVisible(true);
        crispPainted(camera);
        return false;
    }

    /**
     * Shows the last crisp frame where the camera is now: resampled, or, for a pure pan (the scale it
     * was drawn at), unchanged and moved by whole pixels as a node, which the pixels resampled at that
     * scale would equal: then nothing is resampled and no image goes to the renderer again.
     */
    private void showResampled(MapCamera camera) {
        long start = PainterClock.now();
        double k = camera.scale() / scale;
        double ox = camera.tx() - tx * k, oy = camera.ty() - ty * k;
        if (k == 1) {
            if (!unmovedShown) {
                resample(source, target.getBuffer().array(), width, height, capacityW, 1, 0, 0, scratch);
                target.updateBuffer(b -> null);
                unmovedShown = true;
            }
            view.setTranslateX(panShift(ox));
            view.setTranslateY(panShift(oy));
        } else {
            resample(source, target.getBuffer().array(), width, height, capacityW, k, ox, oy, scratch);
            target.updateBuffer(b -> null);
            unmovedShown = false;
            view.setTranslateX(0);
            view.setTranslateY(0);
        }
        view.setVisible(true);
        movedCpu += PainterClock.now() - start;
        movedFrames++;
    }

    /**
     * The whole pixels a pan by {@code o} moves the frame: {@link #resample} at scale 1 puts source
     * pixel {@code x − panShift(o)} at {@code x}.
     */
    static double panShift(double o) {
        return Math.ceil(o - 0.5);
    }

    /**
     * The FX thread's mean CPU per moved frame, in ms: the resampling and handing the image over (for
     * the benchmark, with {@code -Dmountainsseas.painterTimes=true}; 0 otherwise).
     */
    double meanMovedMillis() {
        return movedFrames == 0 ? 0 : movedCpu / 1e6 / movedFrames;
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
                clear(out, row, w);
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
                clear(out, row + x, len);
            } else {
                System.arraycopy(source, from + sx, out, row + x, len);
            }
        }
    }

    private static void copyPixels(int[] source, int from, int[] out, int row, int[] columns, int w, int inFrom, int inTo) {
        clear(out, row, inFrom);
        for (int x = inFrom; x < inTo; x++) {
            out[row + x] = source[from + columns[x]];
        }
        clear(out, row + inTo, w - inTo);
    }

    /** Zeros to clear from: under the C1-only JIT an array copy is an intrinsic and {@code Arrays.fill} a plain loop. */
    private static final int[] ZERO = new int[4096];

    /** Clears {@code len} pixels from {@code from}. */
    private static void clear(int[] out, int from, int len) {
        while (len > 0) {
            int n = Math.min(len, ZERO.length);
            System.arraycopy(ZERO, 0, out, from, n);
            from += n;
            len -= n;
        }
    }

    boolean showing() {
        return moving && valid;
    }

    void dispose() {
        settle.stop();
    }
}
