package org.mountainsseas.map;

import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A frame recorded on the FX thread, to be drawn later on another: the painters read the state
 * and the camera while recording (as they would while painting), paths are built here at once, and
 * JavaFX paints and images are converted here into plain data (ARGB colours, gradients, texture
 * paints, premultiplied ARGB pixels), so {@link #replay} touches no JavaFX object and may run on any
 * thread, onto any {@link RasterTarget}: Java2D or Skia.
 */
final class DisplayList implements Surface {
    private final List<Consumer<RasterTarget>> ops = new ArrayList<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    /** Whether the path has a current point (kept here: {@code Path2D.getCurrentPoint} makes an object per call). */
    private boolean started;
    private int vertices;

    /** Draws the recorded frame onto a rasteriser (Java2D or Skia), on any thread. */
    void replay(RasterTarget target) {
        for (Consumer<RasterTarget> op : ops) {
            op.accept(target);
        }
    }

    /** How many path vertices were recorded (for the benchmark's notes). */
    int vertices() {
        return vertices;
    }

    @Override
    public void save() {
        ops.add(RasterTarget::save);
    }

    @Override
    public void restore() {
        ops.add(RasterTarget::restore);
    }

    @Override
    public void translate(double x, double y) {
        ops.add(t -> t.translate(x, y));
    }

    @Override
    public void rotate(double degrees) {
        ops.add(t -> t.rotate(degrees));
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        ops.add(t -> t.setGlobalAlpha(alpha));
    }

    @Override
    public void setFill(Paint paint) {
        java.awt.Paint p = Java2dSurface.awt(paint);
        ops.add(t -> t.setAwtFill(p));
    }

    @Override
    public void setStroke(Paint paint) {
        java.awt.Paint p = Java2dSurface.awt(paint);
        ops.add(t -> t.setAwtStroke(p));
    }

    @Override
    public void setLineWidth(double width) {
        ops.add(t -> t.setLineWidth(width));
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        ops.add(t -> t.setLineCap(cap));
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        ops.add(t -> t.setLineJoin(join));
    }

    @Override
    public void setLineDashes(double... dashes) {
        double[] copy = dashes == null ? null : dashes.clone();
        ops.add(t -> t.setLineDashes(copy));
    }

    @Override
    public void setFillRule(FillRule rule) {
        ops.add(t -> t.setFillRule(rule));
    }

    @Override
    public void setAntialiased(boolean smooth) {
        ops.add(t -> t.setAntialiased(smooth));
    }

    @Override
    public void setFont(Font font) {
        ops.add(t -> t.setFont(font));
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        ops.add(t -> t.setTextAlign(align));
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        ops.add(t -> t.setTextBaseline(baseline));
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
        started = false;
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
        started = true;
        vertices++;
    }

    @Override
    public void lineTo(double x, double y) {
        // a line on an empty path is a move there, as on a canvas
        if (started) {
            path.lineTo(x, y);
        } else {
            path.moveTo(x, y);
            started = true;
        }
        vertices++;
    }

    /** A line to a point, or a move there on an empty path (as a canvas does). */
    static void lineTo(Path2D p, double x, double y) {
        if (p.getCurrentPoint() == null) {
            p.moveTo(x, y);
        } else {
            p.lineTo(x, y);
        }
    }

    /** Closes the current figure; nothing on an empty path (as a canvas does). */
    static void close(Path2D p) {
        if (p.getCurrentPoint() != null) {
            p.closePath();
        }
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void closePath() {
        if (started) {
            path.closePath();
        }
    }

    @Override
    public void fill() {
        // the path object is shared with later calls until the next beginPath: it is not changed after
        // fill or stroke by any painter, which begin a new path for new geometry
        Path2D p = path;
        ops.add(t -> t.fillPath(p));
    }

    @Override
    public void stroke() {
        Path2D p = path;
        ops.add(t -> t.strokePath(p));
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        ops.add(t -> t.fillRect(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        ops.add(t -> t.strokeRect(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        ops.add(t -> t.fillOval(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        ops.add(t -> t.strokeOval(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        ops.add(t -> t.strokeLine(x1, y1, x2, y2));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        double[] x = xs.clone(), y = ys.clone();
        ops.add(t -> t.fillPolygon(x, y, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        double[] x = xs.clone(), y = ys.clone();
        ops.add(t -> t.strokePolygon(x, y, n));
    }

    @Override
    public void fillText(String text, double x, double y) {
        ops.add(t -> t.fillText(text, x, y));
    }

    @Override
    public void strokeText(String text, double x, double y) {
        ops.add(t -> t.strokeText(text, x, y));
    }

    @Override
    public void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {
        BufferedImage converted = Java2dSurface.image(image);
        ops.add(t -> t.drawImage(converted, sx, sy, sw, sh, dx, dy, dw, dh));
    }
}
