package org.mountainsseas.map;

import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;

/**
 * One small frame drawn by Skia off screen right after its library loads ({@link SkiaLibrary}), on
 * the loading thread: a fixed set of the calls the painters make (filled and anti-aliased or aliased
 * paths, wide, hairline and dashed strokes, a gradient stroke, ovals, an image copied in), so that
 * the classes, the JIT's first compilations and Skia's own caches are warm before the map's first
 * Skia frame, which would otherwise pay for them on the raster worker
 * (docs/performance.md, "How the app keeps its frames cheap").
 */
final class SkiaWarmUp {
    /** The frame's size in pixels: small, so the warm-up costs the first-call overheads, not the pixels. */
    static final int SIZE = 96;

    private SkiaWarmUp() {
    }

    /** The frame, recorded as the painters record theirs. */
    static DisplayList frame() {
        DisplayList g = new DisplayList();
        g.setFill(Color.web("#dce9f2"));
        g.fillRect(0, 0, SIZE, SIZE);
        for (boolean smooth : new boolean[] {true, false}) {
            g.save();
            g.setAntialiased(smooth);
            g.setFillRule(smooth ? FillRule.EVEN_ODD : FillRule.NON_ZERO);
            g.setFill(Color.web("#8fc38b"));
            g.beginPath();
            g.moveTo(6, 8);
            g.lineTo(60, 5);
            g.lineTo(80, 40);
            g.quadraticCurveTo(50, 70, 12, 60);
            g.closePath();
            g.fill();
            g.restore();
        }
        g.setStroke(Color.web("#5a5a5a"));
        g.setLineWidth(1.28);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokePolygon(new double[] {10, 70, 85, 20}, new double[] {10, 12, 70, 80}, 4);
        g.setLineWidth(1);
        g.strokeLine(0, 50, SIZE, 52);
        g.setLineDashes(6, 4);
        g.setStroke(Color.web("#c62828"));
        g.setLineWidth(2.5);
        g.strokeLine(5, 90, 90, 5);
        g.setLineDashes();
        g.setStroke(new LinearGradient(0, 0, 1, 0, true, CycleMethod.NO_CYCLE,
                new Stop(0, Color.web("#2e7d32")), new Stop(1, Color.web("#1565c0"))));
        g.beginPath();
        g.moveTo(8, 85);
        g.quadraticCurveTo(48, 20, 88, 80);
        g.stroke();
        g.setGlobalAlpha(0.8);
        g.setFill(Color.web("#e65100"));
        g.fillOval(40, 40, 9, 9);
        g.strokeOval(60, 60, 12, 12);
        WritableImage sheet = new WritableImage(8, 8);
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                sheet.getPixelWriter().setArgb(x, y, (x + y) % 2 == 0 ? 0xff1b1b1b : 0x80ffffff);
            }
        }
        g.drawImage(sheet, 0, 0, 8, 8, 70, 10, 8, 8);
        return g;
    }

    /** Draws the frame with Skia (its library loaded) and returns its pixels, premultiplied ARGB. */
    static int[] draw() {
        try (org.jetbrains.skia.Surface surface = org.jetbrains.skia.Surface.Companion.makeRasterN32Premul(SIZE, SIZE)) {
            SkiaSurface target = new SkiaSurface(surface.getCanvas());
            try {
                frame().replay(target);
            } finally {
                target.close();
            }
            int[] pixels = new int[SIZE * SIZE];
            try (org.jetbrains.skia.Pixmap pm = new org.jetbrains.skia.Pixmap()) {
                if (surface.peekPixels(pm) && pm.getRowBytes() == SIZE * 4) {
                    org.jetbrains.skia.impl.BufferUtil.INSTANCE.getByteBufferFromPointer(pm.getAddr(), SIZE * SIZE * 4)
                            .order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().get(pixels);
                }
            }
            return pixels;
        }
    }

    /**
     * Draws a recorded full-size frame with Skia on a low-priority thread of its own and throws the pixels
     * away: completes with the time it took in ms, or exceptionally if Skia could not draw (the map's own
     * first Skia frame then says why and falls back, as it would have).
     */
    static java.util.concurrent.CompletableFuture<Double> drawAside(DisplayList list, MapRaster.Job job) {
        java.util.concurrent.CompletableFuture<Double> done = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            long start = System.nanoTime();
            SkiaRasteriser skia = new SkiaRasteriser();
            try {
                skia.draw(list, job);
                done.complete((System.nanoTime() - start) / 1e6);
            } catch (Throwable e) {
                // a native library that fails shows as an Error: left to the map's own first Skia frame
                done.completeExceptionally(e);
            } finally {
                skia.close();
            }
        }, "skia-warm-frame");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
        return done;
    }
}
