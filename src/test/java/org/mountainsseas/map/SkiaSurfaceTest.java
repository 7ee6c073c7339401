package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Skia replays a recorded frame as Java2D does, call by call: fill rules and holes, state saved and
 * restored, global alpha, dashes, gradients, rotation, text placement; and its pixels are JavaFX's
 * premultiplied ARGB (a channel swap or a missing premultiplication fails here). Needs Skia's native
 * library, which this build carries: a failure to load fails the test.
 */
class SkiaSurfaceTest {
    private static final int W = 200;
    private static final int H = 120;

    @BeforeAll
    static void skiaLoads() throws Exception {
        assertNull(SkiaLibrary.load().get(60, TimeUnit.SECONDS), "Skia's native library loads in this build");
    }

    private static MapRaster.Buffer skia(DisplayList list) {
        return skia(list, W, H);
    }

    /** The list drawn by Skia into a buffer of this size (the rasteriser waits for the library and throws if it did not load). */
    static MapRaster.Buffer skia(DisplayList list, int w, int h) {
        MapRaster.Buffer b = new MapRaster.Buffer(w, h);
        SkiaRasteriser r = new SkiaRasteriser();
        try {
            r.draw(list, new MapRaster.Job(list, w, h, 1, 0, 0, 1, 0));
            r.copyTo(b.pixels);
        } finally {
            r.close();
        }
        return b;
    }

    private static BufferedImage java2d(DisplayList list) {
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        list.replay(new Java2dSurface(g, new AffineTransform()));
        g.dispose();
        return img;
    }

    /** A frame with one of each kind of call the painters make. */
    private static DisplayList frame() {
        DisplayList g = new DisplayList();
        g.setFill(Color.web("#cfe3f0"));
        g.fillRect(0, 0, W, H);
        g.save();
        g.setFill(Color.web("#2e7d32"));
        g.setFillRule(FillRule.EVEN_ODD);
        g.setAntialiased(false);
        g.beginPath();
        g.moveTo(10, 10);
        g.lineTo(90, 10);
        g.lineTo(90, 90);
        g.lineTo(10, 90);
        g.closePath();
        g.moveTo(40, 40);
        g.lineTo(60, 40);
        g.lineTo(60, 60);
        g.lineTo(40, 60);
        g.closePath();
        g.fill();
        g.restore();
        g.setGlobalAlpha(0.5);
        g.setFill(Color.web("#c62828"));
        g.fillOval(100, 10, 40, 40);
        g.setGlobalAlpha(1);
        g.setStroke(new LinearGradient(100, 70, 190, 70, false, CycleMethod.NO_CYCLE, new Stop(0, Color.web("#1b5e20")), new Stop(1, Color.web("#0d47a1"))));
        g.setLineWidth(6);
        g.setLineCap(StrokeLineCap.ROUND);
        g.strokeLine(100, 70, 190, 70);
        g.setStroke(Color.BLACK);
        g.setLineWidth(2);
        g.setLineDashes(8, 8);
        g.strokeLine(100, 100, 190, 100);
        g.setLineDashes();
        g.save();
        g.translate(160, 30);
        g.rotate(45);
        g.setFill(Color.web("#ff8f00"));
        g.fillRect(-8, -8, 16, 16);
        g.restore();
        g.setFill(Color.BLACK);
        g.setFont(Font.font(14));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("Lishui 丽水", 50, 108);
        return g;
    }

    private static int channelGap(int a, int b) {
        int gap = 0;
        for (int shift = 0; shift < 32; shift += 8) {
            gap = Math.max(gap, Math.abs((a >>> shift & 0xff) - (b >>> shift & 0xff)));
        }
        return gap;
    }

    @Test
    void skiaDrawsTheRecordedFrameAsJava2dDoes() {
        DisplayList list = frame();
        int[] skia = skia(list).pixels;
        BufferedImage j2d = java2d(list);
        int off = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                // 16 of 255 (6 %): anti-aliased edges differ by a little coverage, never by colour
                off += channelGap(skia[y * W + x], premultiplied(j2d, x, y)) > 16 ? 1 : 0;
            }
        }
        // edges only: the shapes' outlines, the dashes' ends and the glyphs make up about 4 % of the picture
        assertTrue(off < W * H * 0.04, off + " of " + W * H + " pixels differ by more than 6 %");
    }

    private static int premultiplied(BufferedImage img, int x, int y) {
        return ((java.awt.image.DataBufferInt) img.getRaster().getDataBuffer()).getData()[y * img.getWidth() + x];
    }

    @Test
    void pixelsArePremultipliedArgbLikeJavaFx() {
        DisplayList list = frame();
        int[] px = skia(list).pixels;
        assertEquals(0xff2e7d32, px[20 * W + 20], "an opaque fill, as ARGB");
        assertEquals(0xffcfe3f0, px[50 * W + 50], "the hole (even-odd) shows the sea under it");
        // red at half alpha over the sea: about (0xc6 + 0xcf) / 2, (0x28 + 0xe3) / 2, (0x28 + 0xf0) / 2
        int blend = px[30 * W + 120];
        assertTrue(channelGap(blend, 0xffca858c) <= 3, Integer.toHexString(blend));
    }

    @Test
    void aTransparentFrameStaysPremultiplied() {
        DisplayList g = new DisplayList();
        g.setGlobalAlpha(0.5);
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, W, H);
        int p = skia(g).pixels[10 * W + 10];
        // white at half alpha premultiplied is 0x80 in every channel, never 0x80ffffff
        assertTrue(List.of(0x7f7f7f7f, 0x80808080).contains(p), Integer.toHexString(p));
    }
}
