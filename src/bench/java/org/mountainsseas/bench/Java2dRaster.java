package org.mountainsseas.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Java2D (the JDK's Marlin rasteriser, pure Java) drawing the crisp frame into a
 * {@code TYPE_INT_ARGB_PRE} image, the pixel layout of JavaFX's {@code PixelBuffer}: with the fills
 * anti-aliased or not (borders and arcs always are), on one thread or in horizontal bands on several.
 */
final class Java2dRaster implements Candidate {
    private final CrispFrame frame;
    private final String name;
    private final boolean aaFills;
    private final boolean rasterise;
    private final BufferedImage image;
    private final int[] pixels;
    private final List<Bands.Band> bands;
    private final ExecutorService pool;

    Java2dRaster(CrispFrame frame, String name, boolean aaFills, int threads) {
        this(frame, name, aaFills, threads, true);
    }

    /**
     * Only traces the frame's paths ({@code Path2D}s through the view, with the level of detail) and
     * draws nothing: the share of a frame that any rasteriser pays before it rasterises.
     */
    static Java2dRaster pathsOnly(CrispFrame frame) {
        return new Java2dRaster(frame, "paths-only", false, 1, false);
    }

    private Java2dRaster(CrispFrame frame, String name, boolean aaFills, int threads, boolean rasterise) {
        this.frame = frame;
        this.name = name;
        this.aaFills = aaFills;
        this.rasterise = rasterise;
        this.image = new BufferedImage(frame.width, frame.height, BufferedImage.TYPE_INT_ARGB_PRE);
        this.pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        this.bands = Bands.split(frame.height, threads);
        this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "java2d-band");
            t.setDaemon(true);
            return t;
        }) : null;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void draw() throws Exception {
        if (pool == null) {
            paint(bands.get(0));
            return;
        }
        List<Callable<Void>> jobs = new ArrayList<>();
        for (Bands.Band b : bands) {
            jobs.add(() -> {
                paint(b);
                return null;
            });
        }
        for (Future<Void> f : pool.invokeAll(jobs)) {
            f.get();
        }
    }

    /** Draws the rows of one band: each band has its own graphics, clipped to it, and culls what lies outside. */
    private void paint(Bands.Band band) {
        Graphics2D g = image.createGraphics();
        try {
            g.setClip(0, band.top(), frame.width, band.height());
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
            // pure strokes: no shift to pixel centres, so all candidates draw the same geometry
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(awt(frame.style.sea()));
            if (rasterise) {
                g.fillRect(0, band.top(), frame.width, band.height());
            }
            antialias(g, aaFills);
            for (CrispFrame.Fill f : frame.fills) {
                Path2D.Float path = new Path2D.Float(Path2D.WIND_NON_ZERO, 1024);
                frame.traceShapes(sink(path), f.shapes(), band.top(), band.bottom());
                g.setColor(awt(f.color()));
                if (rasterise) {
                    g.fill(path);
                }
            }
            antialias(g, true);
            Path2D.Float borders = new Path2D.Float(Path2D.WIND_NON_ZERO, 4096);
            frame.traceBorders(sink(borders), band.top(), band.bottom());
            g.setColor(awt(frame.style.countyBorder()));
            g.setStroke(new BasicStroke((float) frame.style.borderWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_BEVEL));
            if (rasterise) {
                g.draw(borders);
            }
            double w = frame.style.arcWidth();
            g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            Color from = awt(frame.arcFrom()), to = awt(frame.arcTo());
            for (CrispFrame.Arc a : frame.arcs) {
                if (rasterise && a.reaches(band.top(), band.bottom(), w)) {
                    g.setPaint(new GradientPaint((float) a.x1(), (float) a.y1(), from, (float) a.px(), (float) a.py(), to));
                    g.draw(new QuadCurve2D.Double(a.x1(), a.y1(), a.cx(), a.cy(), a.x2(), a.y2()));
                }
            }
        } finally {
            g.dispose();
        }
    }

    private static void antialias(Graphics2D g, boolean on) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, on ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
    }

    private static CrispFrame.Sink sink(Path2D.Float path) {
        return CrispFrame.Sink.of(path::moveTo, path::lineTo, path::closePath);
    }

    static Color awt(javafx.scene.paint.Color c) {
        return new Color(CrispFrame.argb(c), true);
    }

    @Override
    public void copyInto(IntBuffer target) {
        target.clear();
        target.put(pixels);
    }

    @Override
    public BufferedImage image() {
        return image;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
