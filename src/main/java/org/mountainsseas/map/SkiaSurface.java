package org.mountainsseas.map;

import java.awt.LinearGradientPaint;
import java.awt.TexturePaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.geometry.VPos;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.jetbrains.skia.Canvas;
import org.jetbrains.skia.Color4f;
import org.jetbrains.skia.ColorAlphaType;
import org.jetbrains.skia.FilterTileMode;
import org.jetbrains.skia.Gradient;
import org.jetbrains.skia.Image;
import org.jetbrains.skia.ImageInfo;
import org.jetbrains.skia.Paint;
import org.jetbrains.skia.PaintMode;
import org.jetbrains.skia.PaintStrokeCap;
import org.jetbrains.skia.PaintStrokeJoin;
import org.jetbrains.skia.Path;
import org.jetbrains.skia.PathBuilder;
import org.jetbrains.skia.PathEffect;
import org.jetbrains.skia.PathFillMode;
import org.jetbrains.skia.Rect;
import org.jetbrains.skia.Shader;

/**
 * A {@link RasterTarget} drawn by Skia (JetBrains' Skiko) on a Skia canvas: the replay of a
 * recorded frame with the canvas's meaning of every call, as {@link Java2dSurface} draws it
 * (same text outlines, same images, anti-aliasing switched per shape). Use only after
 * {@link SkiaLibrary#load} succeeded; one thread at a time.
 */
final class SkiaSurface implements RasterTarget {
    private static final Map<BufferedImage, Image> IMAGES = new WeakHashMap<>();
    private static final Method LINEAR_GRADIENT = kotlinMethod(Shader.Companion.getClass(), "makeLinearGradient-", float.class, 6);
    private static final Method IMAGE_SHADER = kotlinMethod(Image.class, "makeShader-", FilterTileMode.class, 3);
    private static final Gradient.Interpolation PREMUL_DESTINATION = new Gradient.Interpolation(Gradient.Interpolation.InPremul.YES,
            Gradient.Interpolation.ColorSpace.DESTINATION, Gradient.Interpolation.HueMethod.SHORTER);
    private final Canvas canvas;
    private final Paint paint = new Paint();
    /** The shader and dash effect made for the draw in progress, closed once it is done. */
    private Shader shader;
    private PathEffect effect;
    private State s = new State();
    private final Deque<State> saved = new ArrayDeque<>();

    /** What the canvas keeps between calls besides the transform (which Skia's canvas keeps). */
    private static final class State implements Cloneable {
        java.awt.Paint fill = java.awt.Color.BLACK;
        java.awt.Paint stroke = java.awt.Color.BLACK;
        double alpha = 1;
        float width = 1;
        PaintStrokeCap cap = PaintStrokeCap.BUTT;
        PaintStrokeJoin join = PaintStrokeJoin.MITER;
        float[] dashes;
        PathFillMode winding = PathFillMode.WINDING;
        boolean smooth = true;
        Font font;
        TextAlignment align = TextAlignment.LEFT;
        VPos baseline = VPos.BASELINE;

        State copy() {
            try {
                return (State) clone();
            } catch (CloneNotSupportedException e) {
                throw new AssertionError(e);
            }
        }
    }

    /** @param canvas a canvas whose transform already maps canvas units to its pixels */
    SkiaSurface(Canvas canvas) {
        this.canvas = canvas;
    }

    /** Kotlin mangles the names of methods that take inline value classes: find one by its prefix. */
    private static Method kotlinMethod(Class<?> owner, String prefix, Class<?> first, int parameters) {
        for (Method m : owner.getMethods()) {
            if (m.getName().startsWith(prefix) && !m.getName().endsWith("$default") && m.getParameterCount() == parameters
                    && m.getParameterTypes()[0] == first) {
                return m;
            }
        }
        throw new IllegalStateException("Skiko has no " + owner.getSimpleName() + "." + prefix + "… (another Skiko version?)");
    }

    /** Frees the paint (the surface is not used after). */
    void close() {
        paint.close();
    }

    @Override
    public void save() {
        canvas.save();
        saved.push(s.copy());
    }

    @Override
    public void restore() {
        if (!saved.isEmpty()) {
            canvas.restore();
            s = saved.pop();
        }
    }

    @Override
    public void translate(double x, double y) {
        canvas.translate((float) x, (float) y);
    }

    @Override
    public void rotate(double degrees) {
        canvas.rotate((float) degrees);
    }

    @Override
    public void setGlobalAlpha(double alpha) {
        s.alpha = alpha;
    }

    @Override
    public void setAwtFill(java.awt.Paint p) {
        s.fill = p;
    }

    @Override
    public void setAwtStroke(java.awt.Paint p) {
        s.stroke = p;
    }

    @Override
    public void setLineWidth(double width) {
        s.width = (float) width;
    }

    @Override
    public void setLineCap(StrokeLineCap cap) {
        s.cap = switch (cap) {
            case ROUND -> PaintStrokeCap.ROUND;
            case SQUARE -> PaintStrokeCap.SQUARE;
            default -> PaintStrokeCap.BUTT;
        };
    }

    @Override
    public void setLineJoin(StrokeLineJoin join) {
        s.join = switch (join) {
            case ROUND -> PaintStrokeJoin.ROUND;
            case BEVEL -> PaintStrokeJoin.BEVEL;
            default -> PaintStrokeJoin.MITER;
        };
    }

    @Override
    public void setLineDashes(double... dashes) {
        if (dashes == null || dashes.length == 0) {
            s.dashes = null;
            return;
        }
        // Skia wants on/off pairs; an odd list repeats, as Java2D and the canvas read it
        int n = dashes.length % 2 == 0 ? dashes.length : 2 * dashes.length;
        s.dashes = new float[n];
        for (int i = 0; i < n; i++) {
            s.dashes[i] = (float) dashes[i % dashes.length];
        }
    }

    @Override
    public void setFillRule(FillRule rule) {
        s.winding = rule == FillRule.EVEN_ODD ? PathFillMode.EVEN_ODD : PathFillMode.WINDING;
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

    /** The paint set up for a fill or a stroke with the current settings; its shader, if any, is closed by {@link #done}. */
    private Paint prepare(java.awt.Paint source, boolean stroke) {
        paint.reset();
        paint.setAntiAlias(s.smooth);
        paint.setMode(stroke ? PaintMode.STROKE : PaintMode.FILL);
        if (stroke) {
            paint.setStrokeWidth(s.width);
            paint.setStrokeCap(s.cap);
            paint.setStrokeJoin(s.join);
            paint.setStrokeMiter(10);
            if (s.dashes != null) {
                effect = PathEffect.Companion.makeDash(s.dashes, 0);
                paint.setPathEffect(effect);
            }
        }
        if (source instanceof java.awt.Color c) {
            paint.setColor(argb(c, s.alpha));
        } else {
            // a shader's colours are modulated by the paint's alpha
            paint.setColor(argb(java.awt.Color.BLACK, s.alpha));
            // dithered, Skia draws a shader through its raster pipeline, which is several times faster
            // on the arcs' thin anti-aliased gradient strokes than the blitter it picks otherwise
            // (docs/performance.md, "Where a Skia crisp frame's time goes"); the dither moves a channel by under 1/255
            paint.setDither(true);
            shader = shader(source);
            paint.setShader(shader);
        }
        return paint;
    }

    private void done(Paint p) {
        p.reset();
        if (shader != null) {
            shader.close();
            shader = null;
        }
        if (effect != null) {
            effect.close();
            effect = null;
        }
    }

    private static int argb(java.awt.Color c, double alpha) {
        int a = (int) Math.round(c.getAlpha() * Math.max(0, Math.min(1, alpha)));
        return a << 24 | (c.getRGB() & 0xffffff);
    }

    private Shader shader(java.awt.Paint source) {
        try {
            if (source instanceof LinearGradientPaint lg) {
                java.awt.Color[] colours = lg.getColors();
                Color4f[] c4 = new Color4f[colours.length];
                for (int i = 0; i < colours.length; i++) {
                    c4[i] = new Color4f(colours[i].getRGB());
                }
                // interpolated premultiplied in the surface's colours, as Java2D and JavaFX do, with no colour-space steps per pixel
                Gradient g = new Gradient(new Gradient.Colors(c4, lg.getFractions(), FilterTileMode.CLAMP, null), PREMUL_DESTINATION);
                return (Shader) LINEAR_GRADIENT.invoke(Shader.Companion, (float) lg.getStartPoint().getX(),
                        (float) lg.getStartPoint().getY(), (float) lg.getEndPoint().getX(), (float) lg.getEndPoint().getY(), g, null);
            }
            if (source instanceof TexturePaint tp) {
                BufferedImage tile = tp.getImage();
                Rectangle2D anchor = tp.getAnchorRect();
                // row-major 3×3: scale the tile to the anchor's size and move it to the anchor's corner
                float[] matrix = {(float) (anchor.getWidth() / tile.getWidth()), 0, (float) anchor.getX(),
                        0, (float) (anchor.getHeight() / tile.getHeight()), (float) anchor.getY(), 0, 0, 1};
                return (Shader) IMAGE_SHADER.invoke(image(tile), FilterTileMode.REPEAT, FilterTileMode.REPEAT, matrix);
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Skia shader for " + source, e);
        }
        return Shader.Companion.makeColor(0xffff00ff);
    }

    /** A premultiplied ARGB image as a Skia image (the same ints in memory: N32 is BGRA), made once per image. */
    static Image image(BufferedImage image) {
        synchronized (IMAGES) {
            return IMAGES.computeIfAbsent(image, i -> {
                int w = i.getWidth(), h = i.getHeight();
                int[] argb = i.getType() == BufferedImage.TYPE_INT_ARGB_PRE
                        ? ((DataBufferInt) i.getRaster().getDataBuffer()).getData() : premultiplied(i);
                byte[] bytes = new byte[w * h * 4];
                java.nio.ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN).asIntBuffer().put(argb, 0, w * h);
                return Image.Companion.makeRaster(ImageInfo.Companion.makeN32(w, h, ColorAlphaType.PREMUL), bytes, w * 4);
            });
        }
    }

    private static int[] premultiplied(BufferedImage i) {
        BufferedImage pre = new BufferedImage(i.getWidth(), i.getHeight(), BufferedImage.TYPE_INT_ARGB_PRE);
        java.awt.Graphics2D g = pre.createGraphics();
        g.drawImage(i, 0, 0, null);
        g.dispose();
        return ((DataBufferInt) pre.getRaster().getDataBuffer()).getData();
    }

    /**
     * A Java2D shape as a Skia path with this fill mode. A figure of straight lines only (a county
     * ring, a border run) goes to Skia in one call with all its points, not one call per point.
     */
    static Path path(java.awt.Shape shape, AffineTransform at, PathFillMode mode) {
        try (PathBuilder b = new PathBuilder(mode)) {
            float[] c = new float[6];
            float[] poly = new float[64];
            int n = 0;
            for (PathIterator it = shape.getPathIterator(at); !it.isDone(); it.next()) {
                int segment = it.currentSegment(c);
                if (segment == PathIterator.SEG_LINETO && n > 0) {
                    if (n + 2 > poly.length) {
                        poly = java.util.Arrays.copyOf(poly, 2 * poly.length);
                    }
                    poly[n++] = c[0];
                    poly[n++] = c[1];
                    continue;
                }
                if (segment == PathIterator.SEG_MOVETO) {
                    flush(b, poly, n, false);
                    poly[0] = c[0];
                    poly[1] = c[1];
                    n = 2;
                    continue;
                }
                if (segment == PathIterator.SEG_CLOSE && n > 0) {
                    flush(b, poly, n, true);
                    n = 0;
                    continue;
                }
                // a curve: the lines before it start the figure, the curve and the rest continue it
                flush(b, poly, n, false);
                n = 0;
                switch (segment) {
                    case PathIterator.SEG_LINETO -> b.lineTo(c[0], c[1]);
                    case PathIterator.SEG_QUADTO -> b.quadTo(c[0], c[1], c[2], c[3]);
                    case PathIterator.SEG_CUBICTO -> b.cubicTo(c[0], c[1], c[2], c[3], c[4], c[5]);
                    default -> b.closePath();
                }
            }
            flush(b, poly, n, false);
            return b.detach();
        }
    }

    /**
     * A recorded path as a Skia path with this fill mode, straight from the list's arrays: each run
     * of straight lines (a county ring, a border run) goes to Skia in one call.
     */
    static Path path(DisplayList.Recorded r, PathFillMode mode) {
        float[] xy = r.xy();
        byte[] verbs = r.verbs();
        try (PathBuilder b = new PathBuilder(mode)) {
            int k = r.xyFrom;
            // the run of lines in progress starts at this point (an index into xy), or none (-1)
            int run = -1;
            for (int i = r.from; i < r.to; i++) {
                switch (verbs[i]) {
                    case DisplayList.MOVE -> {
                        run(b, xy, run, k, false);
                        run = k;
                        k += 2;
                    }
                    case DisplayList.LINE -> {
                        if (run < 0) {
                            // after a curve: the figure goes on one line at a time
                            b.lineTo(xy[k], xy[k + 1]);
                        }
                        k += 2;
                    }
                    case DisplayList.QUAD -> {
                        run(b, xy, run, k, false);
                        run = -1;
                        b.quadTo(xy[k], xy[k + 1], xy[k + 2], xy[k + 3]);
                        k += 4;
                    }
                    default -> {
                        if (run >= 0) {
                            run(b, xy, run, k, true);
                        } else {
                            b.closePath();
                        }
                        run = -1;
                    }
                }
            }
            run(b, xy, run, k, false);
            return b.detach();
        }
    }

    /** Adds the figure of the points {@code xy[from, to)}, closed or open; nothing for none. */
    private static void run(PathBuilder b, float[] xy, int from, int to, boolean close) {
        if (from >= 0) {
            flush(b, from == 0 && to == xy.length ? xy : java.util.Arrays.copyOfRange(xy, from, to), to - from, close);
        }
    }

    /** Adds the figure of {@code n / 2} points, closed or open; nothing for none. */
    private static void flush(PathBuilder b, float[] poly, int n, boolean close) {
        if (n == 2) {
            b.moveTo(poly[0], poly[1]);
            if (close) {
                b.closePath();
            }
        } else if (n > 2) {
            b.addPoly(n == poly.length ? poly : java.util.Arrays.copyOf(poly, n), close);
        }
    }

    /** One fill or stroke with the current settings. */
    private void draw(boolean stroke, java.util.function.Consumer<Paint> call) {
        Paint pt = prepare(stroke ? s.stroke : s.fill, stroke);
        try {
            call.accept(pt);
        } finally {
            done(pt);
        }
    }

    private void fillShape(java.awt.Shape shape, AffineTransform at, PathFillMode mode) {
        try (Path p = path(shape, at, mode)) {
            draw(false, pt -> canvas.drawPath(p, pt));
        }
    }

    private void strokeShape(java.awt.Shape shape, AffineTransform at) {
        try (Path p = path(shape, at, PathFillMode.WINDING)) {
            draw(true, pt -> canvas.drawPath(p, pt));
        }
    }

    @Override
    public void fillPath(DisplayList.Recorded r) {
        try (Path p = path(r, s.winding)) {
            draw(false, pt -> canvas.drawPath(p, pt));
        }
    }

    @Override
    public void strokePath(DisplayList.Recorded r) {
        try (Path p = path(r, PathFillMode.WINDING)) {
            draw(true, pt -> canvas.drawPath(p, pt));
        }
    }

    @Override
    public void fillRect(double x, double y, double w, double h) {
        draw(false, pt -> canvas.drawRect(rect(x, y, w, h), pt));
    }

    @Override
    public void strokeRect(double x, double y, double w, double h) {
        draw(true, pt -> canvas.drawRect(rect(x, y, w, h), pt));
    }

    @Override
    public void fillOval(double x, double y, double w, double h) {
        draw(false, pt -> canvas.drawOval(rect(x, y, w, h), pt));
    }

    @Override
    public void strokeOval(double x, double y, double w, double h) {
        draw(true, pt -> canvas.drawOval(rect(x, y, w, h), pt));
    }

    private static Rect rect(double x, double y, double w, double h) {
        return Rect.makeXYWH((float) x, (float) y, (float) w, (float) h);
    }

    @Override
    public void strokeLine(double x1, double y1, double x2, double y2) {
        draw(true, pt -> canvas.drawLine((float) x1, (float) y1, (float) x2, (float) y2, pt));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n > 0) {
            fillShape(Java2dSurface.polygon(xs, ys, n), null, s.winding);
        }
    }

    @Override
    public void strokePolygon(double[] xs, double[] ys, int n) {
        if (n > 0) {
            strokeShape(Java2dSurface.polygon(xs, ys, n), null);
        }
    }

    @Override
    public void fillText(String text, double x, double y) {
        if (!text.isEmpty()) {
            TextOutlines.Outline o = TextOutlines.of(text, s.font);
            boolean smooth = s.smooth;
            s.smooth = true;
            fillShape(o.shape(), TextOutlines.placed(o, s.align, s.baseline, x, y), PathFillMode.WINDING);
            s.smooth = smooth;
        }
    }

    @Override
    public void strokeText(String text, double x, double y) {
        if (!text.isEmpty()) {
            TextOutlines.Outline o = TextOutlines.of(text, s.font);
            strokeShape(o.shape(), TextOutlines.placed(o, s.align, s.baseline, x, y));
        }
    }

    @Override
    public void drawImage(BufferedImage image, double sx, double sy, double sw, double sh, double dx, double dy, double dw, double dh) {
        paint.reset();
        paint.setAlphaf((float) Math.max(0, Math.min(1, s.alpha)));
        // whole pixels, as Java2D's drawImage takes them: an unscaled copy is not resampled
        long x0 = Math.round(dx), y0 = Math.round(dy), x1 = Math.round(dx + dw), y1 = Math.round(dy + dh);
        long u0 = Math.round(sx), v0 = Math.round(sy), u1 = Math.round(sx + sw), v1 = Math.round(sy + sh);
        canvas.drawImageRect(image(image), Rect.makeLTRB(u0, v0, u1, v1), Rect.makeLTRB(x0, y0, x1, y1), paint);
    }
}
