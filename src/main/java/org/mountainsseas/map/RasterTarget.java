package org.mountainsseas.map;

import java.awt.image.BufferedImage;

/**
 * What a recorded frame ({@link DisplayList}) is replayed onto, off the FX thread: the
 * {@link Surface} calls with every JavaFX object already converted on the FX thread into plain
 * data (Java2D colours, gradients and texture paints; paths as the list's float arrays; images as premultiplied
 * ARGB {@code BufferedImage}s). Implemented by {@link Java2dSurface} and {@link SkiaSurface}; the
 * meaning of each call is the canvas's.
 */
interface RasterTarget extends SurfaceCalls {
    /** A colour, a {@code LinearGradientPaint} or a {@code TexturePaint} (from {@link Java2dSurface#awt}). */
    void setAwtFill(java.awt.Paint paint);

    void setAwtStroke(java.awt.Paint paint);

    /** Fills a recorded path with the current fill rule. */
    void fillPath(DisplayList.Recorded path);

    void strokePath(DisplayList.Recorded path);

    /** Copies part of an image already converted, unscaled when the sizes agree. */
    void drawImage(BufferedImage image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh);
}
