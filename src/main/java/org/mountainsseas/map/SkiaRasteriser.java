package org.mountainsseas.map;

import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.jetbrains.skia.Canvas;
import org.jetbrains.skia.Pixmap;
import org.jetbrains.skia.Surface;
import org.jetbrains.skia.impl.BufferUtil;

/**
 * Skia draws a recorded frame into a raster surface of premultiplied N32 pixels (BGRA in memory on
 * every platform Skiko ships for: the same ints as JavaFX's premultiplied ARGB), which stay there
 * until {@link #copyTo} copies them, read in place, into the buffer on screen. Waits, on the thread
 * that draws, for {@link SkiaLibrary} to have loaded; throws if it did not. One thread at a time.
 */
final class SkiaRasteriser implements MapRaster.Rasteriser {
    private Surface surface;
    private IntBuffer pixels;
    private int width;
    private int height;

    @Override
    public void draw(DisplayList list, MapRaster.Job job) {
        String why = SkiaLibrary.load().join();
        if (why != null) {
            throw new IllegalStateException(why);
        }
        int w = job.width(), h = job.height();
        if (surface == null || width != w || height != h) {
            close();
            surface = Surface.Companion.makeRasterN32Premul(w, h);
            width = w;
            height = h;
            try (Pixmap pm = new Pixmap()) {
                if (!surface.peekPixels(pm) || pm.getRowBytes() != w * 4) {
                    throw new IllegalStateException("Skia's pixels cannot be read in place");
                }
                pixels = BufferUtil.INSTANCE.getByteBufferFromPointer(pm.getAddr(), w * 4 * h).order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
            }
        }
        Canvas canvas = surface.getCanvas();
        canvas.clear(0);
        int saved = canvas.save();
        canvas.scale((float) job.outputScale(), (float) job.outputScale());
        SkiaSurface target = new SkiaSurface(canvas);
        try {
            list.replay(target);
        } finally {
            target.close();
            canvas.restoreToCount(saved);
        }
    }

    @Override
    public void copyTo(int[] out) {
        pixels.clear();
        pixels.get(out, 0, width * height);
    }

    @Override
    public void close() {
        if (surface != null) {
            surface.close();
            surface = null;
            pixels = null;
        }
    }
}
