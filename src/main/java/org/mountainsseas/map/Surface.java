package org.mountainsseas.map;

import javafx.scene.image.Image;
import javafx.scene.paint.Paint;

/**
 * What a map painter draws on: the part of JavaFX's {@code GraphicsContext} the painters use, with
 * the same meaning, so that a frame can be drawn straight onto a canvas ({@link FxSurface}) or
 * recorded for another rasteriser ({@link DisplayList}). A painter's settings last until its paint
 * ends: each painter starts with them reset. The calls with plain arguments are in {@link SurfaceCalls}.
 */
public interface Surface extends Paths.Sink, SurfaceCalls {
    void setFill(Paint paint);

    void setStroke(Paint paint);

    void beginPath();

    void quadraticCurveTo(double cx, double cy, double x, double y);

    void fill();

    void stroke();

    /** Copies a part of an image, unscaled when the sizes agree. */
    void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh);
}
