package org.mountainsseas.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import org.jetbrains.skia.Canvas;
import org.jetbrains.skia.Color4f;
import org.jetbrains.skia.FilterTileMode;
import org.jetbrains.skia.Gradient;
import org.jetbrains.skia.Paint;
import org.jetbrains.skia.PaintMode;
import org.jetbrains.skia.PaintStrokeCap;
import org.jetbrains.skia.PaintStrokeJoin;
import org.jetbrains.skia.Path;
import org.jetbrains.skia.PathBuilder;
import org.jetbrains.skia.PathFillMode;
import org.jetbrains.skia.Pixmap;
import org.jetbrains.skia.Shader;
import org.jetbrains.skia.Surface;
import org.jetbrains.skia.impl.BufferUtil;

/**
 * Skia (native, through JetBrains' Skiko 0.156.1) drawing the crisp frame into a raster surface of
 * premultiplied N32 pixels (BGRA in memory on x64: the same ints as JavaFX's premultiplied ARGB), with
 * the fills anti-aliased or not (borders and arcs always are). Constructing one loads Skiko's native
 * library, which it extracts to {@code ~/.skiko}; that may fail, and the caller reports why.
 */
final class SkiaRaster implements Candidate {
    private final CrispFrame frame;
    private final String name;
    private final Surface surface;
    private final Canvas canvas;
    private final Paint fill = new Paint();
    private final Paint border = new Paint();
    private final Paint arc = new Paint();
    private final PathBuilder builder = new PathBuilder(PathFillMode.WINDING);
    private final IntBuffer pixels;
    private final Method linearGradient;

    SkiaRaster(CrispFrame frame, String name, boolean aaFills) throws ReflectiveOperationException {
        this.frame = frame;
        this.name = name;
        this.surface = Surface.Companion.makeRasterN32Premul(frame.width, frame.height);
        this.canvas = surface.getCanvas();
        fill.setAntiAlias(aaFills);
        fill.setMode(PaintMode.FILL);
        border.setAntiAlias(true);
        border.setMode(PaintMode.STROKE);
        border.setStrokeWidth((float) frame.style.borderWidth());
        border.setStrokeJoin(PaintStrokeJoin.BEVEL);
        border.setStrokeCap(PaintStrokeCap.BUTT);
        border.setColor(CrispFrame.argb(frame.style.countyBorder()));
        arc.setAntiAlias(true);
        arc.setMode(PaintMode.STROKE);
        arc.setStrokeWidth((float) frame.style.arcWidth());
        arc.setStrokeCap(PaintStrokeCap.ROUND);
        arc.setStrokeJoin(PaintStrokeJoin.ROUND);
        Pixmap pm = new Pixmap();
        if (!surface.peekPixels(pm) || pm.getRowBytes() != frame.width * 4) {
            throw new IllegalStateException("the Skia surface's pixels cannot be read in place");
        }
        ByteBuffer bytes = BufferUtil.INSTANCE.getByteBufferFromPointer(pm.getAddr(), pm.getRowBytes() * frame.height);
        this.pixels = bytes.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        // Kotlin gives this overload (value-class parameters) a mangled name that Java cannot call directly
        Method m = null;
        for (Method c : Shader.Companion.getClass().getMethods()) {
            if (c.getName().startsWith("makeLinearGradient-") && c.getParameterCount() == 6 && c.getParameterTypes()[0] == float.class) {
                m = c;
            }
        }
        if (m == null) {
            throw new NoSuchMethodException("Shader.makeLinearGradient(x0, y0, x1, y1, gradient, matrix)");
        }
        this.linearGradient = m;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void draw() throws Exception {
        canvas.clear(CrispFrame.argb(frame.style.sea()));
        // one builder for every path: detach() hands its path over and empties it
        CrispFrame.Sink sink = CrispFrame.Sink.of((x, y) -> builder.moveTo((float) x, (float) y),
                (x, y) -> builder.lineTo((float) x, (float) y), builder::closePath);
        for (CrispFrame.Fill f : frame.fills) {
            frame.traceShapes(sink, f.shapes(), 0, frame.height);
            fill.setColor(CrispFrame.argb(f.color()));
            drawAndFree(fill);
        }
        frame.traceBorders(sink, 0, frame.height);
        drawAndFree(border);
        Color4f from = new Color4f(CrispFrame.argb(frame.arcFrom())), to = new Color4f(CrispFrame.argb(frame.arcTo()));
        for (CrispFrame.Arc a : frame.arcs) {
            Gradient g = new Gradient(new Gradient.Colors(new Color4f[] {from, to}, null, FilterTileMode.CLAMP, null),
                    new Gradient.Interpolation());
            Shader shader = (Shader) linearGradient.invoke(Shader.Companion, (float) a.x1(), (float) a.y1(), (float) a.px(),
                    (float) a.py(), g, null);
            arc.setShader(shader);
            builder.moveTo((float) a.x1(), (float) a.y1());
            builder.quadTo((float) a.cx(), (float) a.cy(), (float) a.x2(), (float) a.y2());
            drawAndFree(arc);
            arc.setShader(null);
            shader.close();
        }
    }

    private void drawAndFree(Paint paint) {
        Path path = builder.detach();
        canvas.drawPath(path, paint);
        path.close();
    }

    @Override
    public void copyInto(IntBuffer target) {
        target.clear();
        target.put(pixels.duplicate().clear());
    }

    @Override
    public BufferedImage image() {
        BufferedImage out = new BufferedImage(frame.width, frame.height, BufferedImage.TYPE_INT_ARGB_PRE);
        pixels.duplicate().clear().get(((DataBufferInt) out.getRaster().getDataBuffer()).getData());
        return out;
    }

    @Override
    public void close() {
        builder.close();
        fill.close();
        border.close();
        arc.close();
        surface.close();
    }
}
