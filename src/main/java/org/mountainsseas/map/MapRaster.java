package org.mountainsseas.map;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Draws recorded frames ({@link DisplayList}) with a {@link Rasteriser} (Skia or Java2D) on a worker
 * thread, into the rasteriser's own pixels; when it is done the FX thread copies them, once, into
 * the one {@link PixelBuffer} on screen and shows it ({@link Done}). One frame is drawn at a time (the
 * next starts once the last is copied out); a request made meanwhile waits, and a newer one
 * replaces it (the latest wins). A frame finished for a size the map no longer has is dropped. The
 * FX thread never waits. If the rasteriser fails (Skia's library did not load), {@link Done#failed}
 * is told once, on the FX thread, and nothing more is drawn.
 */
final class MapRaster {
    /** A frame to draw: what, how large in pixels, at what output scale, and where the camera was (for the moving image). */
    record Job(DisplayList list, int width, int height, double outputScale, double tx, double ty, double scale, long generation) {
        /** The same job without its recording: a drawn frame keeps only where it was, so the list goes with the next young collection. */
        Job drawn() {
            return new Job(null, width, height, outputScale, tx, ty, scale, generation);
        }
    }

    /** A frame's pixels as an image: {@code pixels} in a {@code BufferedImage} Java2D draws into, and {@code fx} showing them. */
    static final class Buffer {
        final BufferedImage image;
        final int[] pixels;
        final PixelBuffer<IntBuffer> buffer;
        final WritableImage fx;
        Job job;

        Buffer(int w, int h) {
            image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
            pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
            buffer = new PixelBuffer<>(w, h, IntBuffer.wrap(pixels), PixelFormat.getIntArgbPreInstance());
            fx = new WritableImage(buffer);
        }

        boolean fits(int w, int h) {
            return image.getWidth() == w && image.getHeight() == h;
        }
    }

    /** Told on the FX thread when a frame is ready to show, or that the rasteriser cannot draw. */
    interface Done {
        void show(Buffer buffer);

        /** The rasteriser failed with this reason (one line); the caller draws another way. */
        void failed(String reason);
    }

    /**
     * Draws recorded frames into pixels of its own, which stay as drawn until the next draw; one
     * instance per {@link MapRaster} (the frame waits in it to be copied out).
     */
    interface Rasteriser {
        /** Draws a recorded frame of the job's size, cleared to transparent first (premultiplied ARGB). */
        void draw(DisplayList list, Job job);

        /**
         * Copies the frame drawn last into these pixels (its width × height, premultiplied ARGB).
         * Called between draws, never while one is drawn.
         */
        void copyTo(int[] pixels);

        /** Frees what the rasteriser holds (called on the thread that draws). */
        default void close() {
        }
    }

    /** Java2D (the JDK's Marlin): pure Java, on every platform; draws into a {@code BufferedImage} of its own. */
    static Rasteriser java2d() {
        return new Rasteriser() {
            private Buffer back;

            @Override
            public void draw(DisplayList list, Job job) {
                if (back == null || !back.fits(job.width(), job.height())) {
                    back = new Buffer(job.width(), job.height());
                }
                Arrays.fill(back.pixels, 0);
                Graphics2D g = back.image.createGraphics();
                try {
                    list.replay(new Java2dSurface(g, java.awt.geom.AffineTransform.getScaleInstance(job.outputScale(), job.outputScale())));
                } finally {
                    g.dispose();
                }
            }

            @Override
            public void copyTo(int[] pixels) {
                System.arraycopy(back.pixels, 0, pixels, 0, pixels.length);
            }
        };
    }

    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "map-raster");
        t.setDaemon(true);
        return t;
    });
    private final Done done;
    private final Rasteriser rasteriser;
    private volatile String failure;
    /** The one buffer on screen: each finished frame is copied into it, so JavaFX keeps one texture and updates it. */
    private Buffer shown;
    /** Where the frame in the rasteriser's pixels was drawn (set on the worker, read on the FX thread once it is done). */
    private Job drawnJob;
    /** The recording of the frame drawn last (set with {@link #drawnJob}), and once it is done, the one to give back ({@link #takeSpent}). */
    private DisplayList drawnList;
    private DisplayList spent;
    private Job pending;
    private boolean busy;
    private boolean disposed;
    private volatile long drawNanos;
    private volatile long drawn;
    private volatile long drawCpuNanos;
    /** Whether this raster has drawn a frame yet: unlike {@link #drawn}, never reset by {@link #resetTimes}. */
    private volatile boolean drewFirst;
    private volatile long firstDrawNanos;
    private volatile long firstDrawCpuNanos;

    MapRaster(Done done, Rasteriser rasteriser) {
        this.done = done;
        this.rasteriser = rasteriser;
    }

    /** Asks for a frame; call on the FX thread. With {@code now}, draws it here and shows it at once (off-screen rendering). */
    void request(Job job, boolean now) {
        if (failure != null) {
            return;
        }
        if (now && !busy) {
            if (draw(job)) {
                recordingDone();
                swap();
            } else {
                done.failed(failure);
            }
            return;
        }
        pending = job;
        if (!busy) {
            startPending();
        }
    }

    private void startPending() {
        Job job = pending;
        pending = null;
        if (job == null) {
            return;
        }
        busy = true;
        WORKER.execute(() -> {
            boolean ok = false;
            try {
                ok = draw(job);
            } finally {
                boolean drawn = ok;
                Platform.runLater(() -> finished(drawn));
            }
        });
    }

    /** Draws a frame; false if the rasteriser failed (then nothing is drawn again). */
    private boolean draw(Job job) {
        long start = System.nanoTime();
        long cpu = PainterClock.now();
        try {
            rasteriser.draw(job.list(), job);
        } catch (Throwable t) {
            // a native library that does not load shows as an Error: the map is drawn another way, never a crash
            failure = SkiaLibrary.describe(t);
            return false;
        }
        drawnJob = job.drawn();
        drawnList = job.list();
        if (!drewFirst) {
            drewFirst = true;
            firstDrawNanos = System.nanoTime() - start;
            firstDrawCpuNanos = PainterClock.now() - cpu;
        }
        drawNanos += System.nanoTime() - start;
        drawCpuNanos += PainterClock.now() - cpu;
        drawn++;
        return true;
    }

    private void finished(boolean drawn) {
        busy = false;
        if (disposed) {
            // the map has changed renderer since this frame was asked for: it is not shown
            return;
        }
        if (!drawn) {
            pending = null;
            done.failed(failure);
            return;
        }
        recordingDone();
        if (pending != null && (pending.width() != drawnJob.width() || pending.height() != drawnJob.height())) {
            // drawn for a size the map no longer has: the next frame replaces it unseen
            startPending();
            return;
        }
        swap();
        startPending();
    }

    /**
     * Copies the finished frame out of the rasteriser into the buffer on screen, the one copy a
     * frame takes: one image stays on screen and JavaFX updates its texture. Showing two buffers'
     * images in turn saw JavaFX's software pipeline allocate frame-sized textures, which with the
     * app's small young generation went to the old one and cost full collections
     * (docs/performance.md, "How the app keeps its frames cheap"). The worker draws the next frame
     * only once this is done, so Skia's pixels are copied in place, not first into a buffer of the worker's.
     */
    private void swap() {
        Job job = drawnJob;
        if (shown == null || !shown.fits(job.width(), job.height())) {
            shown = new Buffer(job.width(), job.height());
        }
        rasteriser.copyTo(shown.pixels);
        shown.job = job;
        shown.buffer.updateBuffer(x -> null);
        done.show(shown);
    }

    /** The frame drawn last has been drawn: its recording is read no more and can be given back ({@link #takeSpent}). */
    private void recordingDone() {
        spent = drawnList;
        drawnList = null;
    }

    /**
     * The recording of a frame already drawn, which nothing reads any more (its arrays can be reused
     * for the next: {@link DisplayList#DisplayList(int, DisplayList)}), or null; given out once. On the FX thread.
     */
    DisplayList takeSpent() {
        DisplayList d = spent;
        spent = null;
        return d;
    }

    /** The buffer on screen, or null before the first frame. */
    Buffer shown() {
        return shown;
    }

    /** Whether no frame is being drawn or waiting. */
    boolean idle() {
        return !busy && pending == null;
    }

    /** Frees the rasteriser's resources, after any frame in progress (the buffers are left to the garbage collector). */
    void dispose() {
        disposed = true;
        pending = null;
        WORKER.execute(rasteriser::close);
    }

    /** Starts the mean times afresh (the worker's counts may lag by the frame it is drawing). */
    void resetTimes() {
        drawNanos = 0;
        drawCpuNanos = 0;
        drawn = 0;
    }

    /** The mean time the worker took per frame, in ms (for the benchmark and docs). */
    double meanDrawMillis() {
        return drawn == 0 ? 0 : drawNanos / 1e6 / drawn;
    }

    /** The time the worker took for its first frame, and its thread CPU ({@link PainterClock}: 0 unless on), in ms. */
    double[] firstDrawMillis() {
        return new double[] {firstDrawNanos / 1e6, firstDrawCpuNanos / 1e6};
    }

    /** The worker's mean thread CPU per frame, in ms ({@link PainterClock}: 0 unless on). */
    double meanDrawCpuMillis() {
        return drawn == 0 ? 0 : drawCpuNanos / 1e6 / drawn;
    }

}
