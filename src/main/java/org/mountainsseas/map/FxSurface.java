package org.mountainsseas.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** A {@link Surface} that is a JavaFX canvas's graphics context (which always smooths edges); its text is copied from {@link TextStamps}. */
public final class FxSurface implements Surface {
    private final GraphicsContext gc;

    public FxSurface(GraphicsContext gc) {
        this.gc = gc;
    }

    @Override
    public void save() {
        gc.save();
    }

    @Override
    public void restore() {
        gc.restore();
    }

    @Override
    public void translate(double x, double y) {
        gc.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        gc.rotate(degrees);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        gc.setGlobalAlpha(alpha);
    }

    @Override
    public void setFill(Paint paint) {
        gc.setFill(paint);
    }

    @Override
    public void setStroke(Paint paint) {
        gc.setStroke(paint);
    }

    @Override
    public void setLineWidth(double width) {
        gc.setLineWidth(width);
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        gc.setLineCap(cap);
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        gc.setLineJoin(join);
    }

    @Override
    public void setLineDashes(double... dashes) {
        gc.setLineDashes(dashes);
    }

    @Override
    public void setFillRule(FillRule rule) {
        gc.setFillRule(rule);
    }

    @Override
    public void setAntialiased(boolean smooth) {
        // a canvas always smooths its edges
    }

    @Override
    public void setFont(Font font) {
        gc.setFont(font);
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        gc.setTextAlign(align);
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        gc.setTextBaseline(baseline);
    }

    @Override
    public void beginPath() {
        gc.beginPath();
    }

    @Override
    public void moveTo(double x, double y) {
        gc.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        gc.lineTo(x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        gc.quadraticCurveTo(cx, cy, x, y);
    }

    @Override
    public void closePath() {
        gc.closePath();
    }

    @Override
    public void fill() {
        gc.fill();
    }

    @Override
    public void stroke() {
        gc.stroke();
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        gc.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        gc.strokeRect(x, y, w, h);
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        gc.fillOval(x, y, w, h);
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        gc.strokeOval(x, y, w, h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        gc.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        gc.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        gc.strokePolygon(xs, ys, n);
    }

    @Override
    public void fillText(String text, double x, double y) {
        TextStamps.draw(gc, text, x, y, false);
    }

    @Override
    public void strokeText(String text, double x, double y) {
        TextStamps.draw(gc, text, x, y, true);
    }

    @Override
    public void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {
        gc.drawImage(image, sx, sy, sw, sh, dx, dy, dw, dh);
    }
}
