package org.mountainsseas.map;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Paint;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * A {@link Surface} drawn by Java2D into a {@code BufferedImage}: pure Java, on any thread. It
 * keeps the canvas's meaning of every call (current path, fill rule, dashes, text alignment and
 * baseline); edges are smoothed unless a painter says a fill needs none. JavaFX images and paints
 * are converted once (images cached by identity), so this surface is made and used on one thread
 * but reads JavaFX objects only on the thread that converts them: {@link DisplayList} does that on
 * the FX thread. Text is drawn as outlines ({@link TextOutlines}).
 */
final class Java2dSurface implements Surface, RasterTarget {
    private static final Map<Image, BufferedImage> IMAGES = new WeakHashMap<>();
    private final Graphics2D g;
    private State s = new State();
    private final Deque<State> saved = new ArrayDeque<>();
    private Path2D.Double path = new Path2D.Double(Path2D.WIND_NON_ZERO);

    /** What the canvas keeps between calls, saved and restored as a whole. */
    private static final class State implements Cloneable {
        java.awt.Paint fill = java.awt.Color.BLACK;
        java.awt.Paint stroke = java.awt.Color.BLACK;
        double alpha = 1;
        float width = 1;
        int cap = BasicStroke.CAP_BUTT;
        int join = BasicStroke.JOIN_MITER;
        float[] dashes;
        int winding = Path2D.WIND_NON_ZERO;
        boolean smooth = true;
        Font font;
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;
        AffineTransform transform = new AffineTransform();

        State copy() {
            try {
                State c = (State) clone();
                c.transform = new AffineTransform(transform);
                return c;
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** @param base the transform from canvas units to the image's pixels (a scale on a HiDPI screen) */
    Java2dSurface(Graphics2D g, AffineTransform base) {
        this.g = g;
        s.transform = new AffineTransform(base);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    }

    /** A JavaFX paint as a Java2D one: colours, linear gradients in pixels, image patterns. */
    static java.awt.Paint awt(Paint p) {
        if (p instanceof Color c) {
            return awt(c);
        }
        if (p instanceof LinearGradient lg) {
            float[] fractions = new float[lg.getStops().size()];
            java.awt.Color[] colours = new java.awt.Color[fractions.length];
            for (int i = 0; i < fractions.length; i++) {
                Stop stop = lg.getStops().get(i);
                fractions[i] = (float) stop.getOffset();
                colours[i] = awt(stop.getColor());
            }
            Point2D a = new Point2D.Double(lg.getStartX(), lg.getStartY());
            Point2D b = new Point2D.Double(lg.getEndX(), lg.getEndY());
            if (a.equals(b) || fractions.length < 2) {
                return colours[0];
            }
            return new java.awt.LinearGradientPaint(a, b, fractions, colours, MultipleGradientPaint.CycleMethod.NO_CYCLE);
        }
        if (p instanceof ImagePattern ip) {
            BufferedImage tile = image(ip.getImage());
            return new TexturePaint(tile, new Rectangle2D.Double(ip.getX(), ip.getY(), ip.getWidth(), ip.getHeight()));
        }
        return java.awt.Color.MAGENTA;
    }

    static java.awt.Color awt(Color c) {
        return new java.awt.Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }

    /** A JavaFX image's pixels as a Java2D image, converted once per image. */
    static BufferedImage image(Image image) {
        synchronized (IMAGES) {
            return IMAGES.computeIfAbsent(image, i -> {
                int w = (int) i.getWidth(), h = (int) i.getHeight();
                BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
                int[] data = ((java.awt.image.DataBufferInt) out.getRaster().getDataBuffer()).getData();
                i.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbPreInstance(), data, 0, w);
                return out;
            });
        }
    }

    @Override
    public void save() {
        saved.push(s.copy());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            s = saved.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        s.transform.translate(x, y);
    }

    @Override
    public void rotate(double degrees) {
        s.transform.rotate(Math.toRadians(degrees));
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s.alpha = alpha;
    }

    @Override
    public void setFill(Paint paint) {
        s.fill = awt(paint);
    }

    @Override
    public void setStroke(Paint paint) {
        s.stroke = awt(paint);
    }

    /** Sets a fill already converted (a display list converts on the FX thread). */
    @Override
    public void setAwtFill(java.awt.Paint paint) {
        s.fill = paint;
    }

    @Override
    public void setAwtStroke(java.awt.Paint paint) {
        s.stroke = paint;
    }

    /** Fills a finished path (a display list builds its paths while recording). */
    @Override
    public void fillPath(DisplayList.Recorded p) {
        fillShape(p.toPath2D(s.winding));
    }

    @Override
    public void strokePath(DisplayList.Recorded p) {
        strokeShape(p.toPath2D(Path2D.WIND_NON_ZERO));
    }

    /** Copies part of an image already converted. */
    @Override
    public void drawImage(BufferedImage image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {
        prepare(null);
        g.drawImage(image, (int) Math.round(dx), (int) Math.round(dy), (int) Math.round(dx + dw), (int) Math.round(dy + dh),
                (int) Math.round(sx), (int) Math.round(sy), (int) Math.round(sx + sw), (int) Math.round(sy + sh), null);
    }

    @Override
    public void setLineWidth(double width) {
        s.width = (float) width;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        s.cap = switch (cap) {
            case ROUND -> BasicStroke.CAP_ROUND;
            case SQUARE -> BasicStroke.CAP_SQUARE;
            default -> BasicStroke.CAP_BUTT;
        };
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        s.join = switch (join) {
            case ROUND -> BasicStroke.JOIN_ROUND;
            case BEVEL -> BasicStroke.JOIN_BEVEL;
            default -> BasicStroke.JOIN_MITER;
        };
    }

    @Override
    public void setLineDashes(double... dashes) {
        if (dashes == null || dashes.length == 0) {
            s.dashes = null;
            return;
        }
        s.dashes = new float[dashes.length];
        for (int i = 0; i < dashes.length; i++) {
            s.dashes[i] = (float) dashes[i];
        }
    }

    @Override
    public void setFillRule(FillRule rule) {
        s.winding = rule == FillRule.EVEN_ODD ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO;
    }

    @Override
    public void setAntialiased(boolean smooth) {
        s.smooth = smooth;
    }

    @Override
    public void setFont(Font font) {
        s.font = font;
    }

    @Override
    public void setTextAlign(TextAlignment align) {
        s.align = align;
    }

    @Override
    public void setTextBaseline(VPos baseline) {
        s.baseline = baseline;
    }

    @Override
    public void beginPath() {
        path = new Path2D.Double(Path2D.WIND_NON_ZERO);
    }

    @Override
    public void moveTo(double x, double y) {
        path.moveTo(x, y);
    }

    @Override
    public void lineTo(double x, double y) {
        DisplayList.lineTo(path, x, y);
    }

    @Override
    public void quadraticCurveTo(double cx, double cy, double x, double y) {
        path.quadTo(cx, cy, x, y);
    }

    @Override
    public void closePath() {
        DisplayList.close(path);
    }

    private void prepare(java.awt.Paint paint) {
        g.setTransform(s.transform);
        g.setPaint(paint);
        g.setComposite(s.alpha >= 1 ? AlphaComposite.SrcOver : AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) s.alpha));
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                s.smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    private BasicStroke basicStroke() {
        return new BasicStroke(s.width, s.cap, s.join, 10f, s.dashes, 0f);
    }

    private void fillShape(Shape shape) {
        prepare(s.fill);
        g.fill(shape);
    }

    private void strokeShape(Shape shape) {
        prepare(s.stroke);
        g.setStroke(basicStroke());
        g.draw(shape);
    }

    @Override
    public void fill() {
        path.setWindingRule(s.winding);
        fillShape(path);
    }

    @Override
    public void stroke() {
        strokeShape(path);
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        fillShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        strokeShape(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        fillShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        strokeShape(new Ellipse2D.Double(x, y, w, h));
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        strokeShape(new Line2D.Double(x1, y1, x2, y2));
    }

    /** A closed polygon of the first {@code n} points. */
    static Path2D polygon(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
        return p;
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        fillShape(polygon(xs, ys, n));
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        strokeShape(polygon(xs, ys, n));
    }

    /** The outline of a text placed as the canvas places it (alignment, baseline). */
    private Shape text(String text, double x, double y) {
        TextOutlines.Outline o = TextOutlines.of(text, s.font);
        return TextOutlines.placed(o, s.align, s.baseline, x, y).createTransformedShape(o.shape());
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (!text.isEmpty()) {
            fillShape(text(text, x, y));
        }
    }

    @Override
    public void strokeText(String text, double x, double y) {
        if (!text.isEmpty()) {
            strokeShape(text(text, x, y));
        }
    }

    @Override
    public void drawImage(Image image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {
        drawImage(image(image), sx, sy, sw, sh, dx, dy, dw, dh);
    }
}
