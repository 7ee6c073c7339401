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
 * thread, into a {@code BufferedImage}; when it is done the FX thread copies its pixels into the
 * one {@link PixelBuffer} on screen and shows it ({@link Done}). One frame is drawn at a time; a request made meanwhile waits, and a newer one
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

    /** A frame's pixels: Java2D draws into {@code image}; {@code fx} shows them (used for the buffer on screen). */
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

    /** Draws a recorded frame into a buffer's pixels (premultiplied ARGB, cleared to transparent first). */
    interface Rasteriser {
        void draw(DisplayList list, Buffer b, Job job);

        /** Frees what the rasteriser holds (called on the thread that draws). */
        default void close() {
        }
    }

    /** Java2D (the JDK's Marlin): pure Java, on every platform. */
    static final Rasteriser JAVA2D = (list, b, job) -> {
        Arrays.fill(b.pixels, 0);
        Graphics2D g = b.image.createGraphics();
        try {
            list.replay(new Java2dSurface(g, java.awt.geom.AffineTransform.getScaleInstance(job.outputScale(), job.outputScale())));
        } finally {
            g.dispose();
        }
    };

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
    /** The buffer frames are drawn into. */
    private Buffer back;
    private Job pending;
    private boolean busy;
    private boolean disposed;
    private volatile long drawNanos;
    private volatile long drawn;
    private volatile long drawCpuNanos;
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
            Buffer b = backFor(job);
            if (draw(b, job)) {
                swap(b);
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
        Buffer b = backFor(job);
        WORKER.execute(() -> {
            boolean ok = false;
            try {
                ok = draw(b, job);
            } finally {
                boolean drawn = ok;
                Platform.runLater(() -> finished(b, drawn));
            }
        });
    }

    private Buffer backFor(Job job) {
        if (back == null || !back.fits(job.width(), job.height())) {
            back = new Buffer(job.width(), job.height());
        }
        return back;
    }

    /** Draws a frame; false if the rasteriser failed (then nothing is drawn again). */
    private boolean draw(Buffer b, Job job) {
        long start = System.nanoTime();
        long cpu = PainterClock.now();
        try {
            rasteriser.draw(job.list(), b, job);
        } catch (Throwable t) {
            // a native library that does not load shows as an Error: the map is drawn another way, never a crash
            failure = SkiaLibrary.describe(t);
            return false;
        }
        b.job = job.drawn();
        if (drawn == 0) {
            firstDrawNanos = System.nanoTime() - start;
            firstDrawCpuNanos = PainterClock.now() - cpu;
        }
        drawNanos += System.nanoTime() - start;
        drawCpuNanos += PainterClock.now() - cpu;
        drawn++;
        return true;
    }

    private void finished(Buffer b, boolean drawn) {
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
        if (pending != null && !b.fits(pending.width(), pending.height())) {
            // drawn for a size the map no longer has: the next frame replaces it unseen
            startPending();
            return;
        }
        swap(b);
        startPending();
    }

    /**
     * Copies a finished frame into the buffer on screen: one image stays on screen and JavaFX updates
     * its texture. Showing the two buffers' images in turn saw JavaFX's software pipeline allocate
     * frame-sized textures, which with the app's small young generation went to the old one and
     * cost full collections (docs/performance.md, "How the app keeps its frames cheap").
     */
    private void swap(Buffer b) {
        if (shown == null || !shown.fits(b.image.getWidth(), b.image.getHeight())) {
            shown = new Buffer(b.image.getWidth(), b.image.getHeight());
        }
        System.arraycopy(b.pixels, 0, shown.pixels, 0, b.pixels.length);
        shown.job = b.job;
        shown.buffer.updateBuffer(x -> null);
        done.show(shown);
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
