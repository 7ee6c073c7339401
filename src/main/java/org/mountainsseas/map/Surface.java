package org.mountainsseas.map;

import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * What a map painter draws on: the part of JavaFX's {@code GraphicsContext} the painters use, with
 * the same meaning, so that a frame can be drawn straight onto a canvas ({@link FxSurface}) or by
 * another rasteriser. A painter's settings last until its paint ends: each painter starts with them reset.
 */
public interface Surface extends Paths.Sink {
    void save();

    void restore();

    void translate(double x, double y);

    void rotate(double degrees);

    void setGlobalAlpha(double alpha);

    void setFill(Paint paint);

    void setStroke(Paint paint);

    void setLineWidth(double width);

    void setLineCap(StrokeLineCap cap);

    void setLineJoin(StrokeLineJoin join);

    /** Dashes on, off, … in pixels; none (null or empty) for a solid line. */
    void setLineDashes(double... dashes);

    void setFillRule(FillRule rule);

    /**
     * Whether edges are smoothed: a fill whose edges are all stroked over (the land under its
     * borders) may be drawn without, which a rasteriser can do much faster. On by default.
     */
    void setAntialiased(boolean smooth);

    void setFont(Font font);

    void setTextAlign(TextAlignment align);

    void setTextBaseline(VPos baseline);

    void beginPath();

    void quadraticCurveTo(double cx, double cy, double x, double y);

    void fill();

    void stroke();

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void fillText(String text, double x, double y);

    void strokeText(String text, double x, double y);

    /** Copies a part of an image, unscaled when the sizes agree. */
    void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh);
}
