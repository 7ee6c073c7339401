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
 * and the camera while recording (as they would while painting), path points go into two arrays
 * for the whole frame (the rasteriser builds its paths from them on the worker), and JavaFX paints
 * and images are converted here into plain data (ARGB colours, gradients, texture paints,
 * premultiplied ARGB pixels), so {@link #replay} touches no JavaFX object and may run on any
 * thread, onto any {@link RasterTarget}: Java2D or Skia.
 */
final class DisplayList implements Surface {
    /** The verbs of recorded paths (with their points in {@link #xy}). */
    static final byte MOVE = 0, LINE = 1, QUAD = 2, CLOSE = 3;
    private final List<Consumer<RasterTarget>> ops;
    /**
     * Every path's points, x and y, for the whole frame, and its verbs (one per call): a path is a
     * range of these, not an object per path or per vertex, and is handed to the rasteriser as a
     * whole on the worker ({@link Recorded}).
     */
    private float[] xy;
    private int floats;
    private byte[] verbs;
    private int verbCount;
    /** Where the current path starts, in {@link #verbs} and {@link #xy}. */
    private int pathVerb;
    private int pathXy;
    /** Whether the path has a current point. */
    private boolean started;
    private int vertices;
    /** Where each painter's part starts in {@link #ops}, and the painter (for the time each part takes to draw). */
    private final List<Integer> partStarts = new ArrayList<>();
    private final List<MapPainter> partPainters = new ArrayList<>();

    DisplayList() {
        this(1024);
    }

    /** @param points how many path points to make room for at first (the last frame's count saves growing) */
    DisplayList(int points) {
        this(points, null);
    }

    /**
     * A list that takes over the arrays of a spent one (drawn, never to be replayed) where they are
     * large enough, so a frame's recording does not allocate them anew each time.
     *
     * @param points how many path points to make room for at first
     * @param spent a list already drawn, or null; it must not be used after
     */
    DisplayList(int points, DisplayList spent) {
        int n = Math.max(16, points);
        boolean reuse = spent != null && spent.verbs.length >= n && spent.xy.length >= 2 * n;
        xy = reuse ? spent.xy : new float[2 * n];
        verbs = reuse ? spent.verbs : new byte[n];
        if (spent != null) {
            ops = spent.ops;
            ops.clear();
            spent.xy = null;
            spent.verbs = null;
        } else {
            ops = new ArrayList<>();
        }
    }

    /**
     * A path as recorded: verbs {@code [from, to)} of its list, their points from {@code xyFrom}.
     * Read only once recording has ended (the list's arrays may move while it grows).
     */
    final class Recorded {
        final int from;
        final int to;
        final int xyFrom;

        private Recorded(int from, int to, int xyFrom) {
            this.from = from;
            this.to = to;
            this.xyFrom = xyFrom;
        }

        float[] xy() {
            return xy;
        }

        byte[] verbs() {
            return verbs;
        }

        /** The path for Java2D, with this winding rule. */
        Path2D toPath2D(int windingRule) {
            Path2D.Float p = new Path2D.Float(windingRule, to - from + 1);
            int k = xyFrom;
            for (int i = from; i < to; i++) {
                switch (verbs[i]) {
                    case MOVE -> p.moveTo(xy[k++], xy[k++]);
                    case LINE -> p.lineTo(xy[k++], xy[k++]);
                    case QUAD -> p.quadTo(xy[k++], xy[k++], xy[k++], xy[k++]);
                    default -> p.closePath();
                }
            }
            return p;
        }
    }

    /** How many path points the frame holds (to size the next frame's list). */
    int points() {
        return floats / 2;
    }

    /** Marks that what is recorded from now on is this painter's (its drawing time is told to it on replay). */
    void startPart(MapPainter painter) {
        partStarts.add(ops.size());
        partPainters.add(painter);
    }

    /** Draws the recorded frame onto a rasteriser (Java2D or Skia), on any thread, telling each painter its part's time. */
    void replay(RasterTarget target) {
        int parts = partStarts.size();
        int from = 0;
        // part p is what was recorded after the p-th mark (part 0: before any, such as a test's own calls)
        for (int p = 0; p <= parts; p++) {
            int to = p < parts ? partStarts.get(p) : ops.size();
            long start = PainterClock.now();
            for (int i = from; i < to; i++) {
                ops.get(i).accept(target);
            }
            if (p > 0) {
                partPainters.get(p - 1).rastered(PainterClock.now() - start);
            }
            from = to;
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
        pathVerb = verbCount;
        pathXy = floats;
        started = false;
    }

    private void verb(byte v, int points) {
        if (verbCount == verbs.length) {
            verbs = java.util.Arrays.copyOf(verbs, 2 * verbs.length);
        }
        verbs[verbCount++] = v;
        if (floats + 2 * points > xy.length) {
            xy = java.util.Arrays.copyOf(xy, Math.max(2 * xy.length, floats + 2 * points));
        }
    }

    @Override
    public void moveTo(double x, double y) {
        verb(MOVE, 1);
        xy[floats++] = (float) x;
        xy[floats++] = (float) y;
        started = true;
        vertices++;
    }

    @Override
    public void lineTo(double x, double y) {
        // a line on an empty path is a move there, as on a canvas
        verb(started ? LINE : MOVE, 1);
        xy[floats++] = (float) x;
        xy[floats++] = (float) y;
        started = true;
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
        if (!started) {
            // a canvas starts an empty path at the control point
            moveTo(cx, cy);
        }
        verb(QUAD, 2);
        xy[floats++] = (float) cx;
        xy[floats++] = (float) cy;
        xy[floats++] = (float) x;
        xy[floats++] = (float) y;
    }

    @Override
    public void closePath() {
        if (started) {
            verb(CLOSE, 0);
        }
    }

    @Override
    public void fill() {
        // the path so far: a later fill or stroke of the same path, grown meanwhile, takes it all, as on a canvas
        Recorded p = new Recorded(pathVerb, verbCount, pathXy);
        ops.add(t -> t.fillPath(p));
    }

    @Override
    public void stroke() {
        Recorded p = new Recorded(pathVerb, verbCount, pathXy);
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
