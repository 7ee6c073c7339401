package org.mountainsseas.map;

import javafx.geometry.VPos;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * The drawing calls whose arguments are plain values (numbers, enums, immutable fonts), with the
 * meaning of JavaFX's {@code GraphicsContext}: shared by what painters draw on ({@link Surface})
 * and what a recorded frame is replayed onto off the FX thread ({@link RasterTarget}).
 */
public interface SurfaceCalls {
    void save();

    void restore();

    void translate(double x, double y);

    void rotate(double degrees);

    void setGlobalAlpha(double alpha);

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

    void fillRect(double x, double y, double w, double h);

    void strokeRect(double x, double y, double w, double h);

    void fillOval(double x, double y, double w, double h);

    void strokeOval(double x, double y, double w, double h);

    void strokeLine(double x1, double y1, double x2, double y2);

    void fillPolygon(double[] xs, double[] ys, int n);

    void strokePolygon(double[] xs, double[] ys, int n);

    void fillText(String text, double x, double y);

    void strokeText(String text, double x, double y);
}
