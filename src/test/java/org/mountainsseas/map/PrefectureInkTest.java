package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The prefecture outlines drawn one device pixel wide ({@link BorderPainter#HAIRLINE}) carry the
 * ink of the wider line they replace, by Skia's pixels: across the line, the darkening summed
 * down a column is the same within 8 %, over the land it was matched to, and within a fifth over
 * the mountain counties' green.
 */
class PrefectureInkTest {
    private static final int W = 60;
    private static final int H = 40;

    @BeforeAll
    static void skiaLoads() throws Exception {
        assertNull(SkiaLibrary.load().get(60, TimeUnit.SECONDS), "Skia's native library loads in this build");
    }

    /** The darkening of the green channel summed down column {@code x}: a line's ink across it. */
    private static double ink(Color land, Color line, double width, double y) {
        DisplayList g = new DisplayList();
        g.setFill(land);
        g.fillRect(0, 0, W, H);
        g.setStroke(line);
        g.setLineWidth(width);
        g.beginPath();
        // slightly slanted, so the line falls across pixel rows as a border does
        g.moveTo(0, y);
        g.lineTo(W, y + 3);
        g.stroke();
        int[] px = SkiaSurfaceTest.skia(g, W, H).pixels;
        double landGreen = land.getGreen() * 255, sum = 0;
        int x = W / 2;
        for (int row = 0; row < H; row++) {
            sum += landGreen - (px[row * W + x] >> 8 & 0xff);
        }
        return sum;
    }

    /** A line's ink averaged over eight positions within a pixel row (Skia's anti-aliasing of a wider stroke varies by ±10 % with it). */
    private static double meanInk(Color land, Color line, double width) {
        double sum = 0;
        for (int k = 0; k < 8; k++) {
            sum += ink(land, line, width, 18 + k / 8.0);
        }
        return sum / 8;
    }

    @Test
    void aHairlineOutlineCarriesTheInkOfTheWiderOne() {
        MapStyle style = MapStyle.standard();
        double width = style.borderWidth() * 1.6;
        assertTrue(width < BorderPainter.HAIRLINE, "the standard prefecture outline is drawn as a hairline");
        Color hair = BorderPainter.sameInk(style.cityBorder(), style.other(), width);
        double wide = meanInk(style.other(), style.cityBorder(), width);
        assertEquals(wide, meanInk(style.other(), hair, 1), wide * 0.08, "over the plain land");
        // over the mountain counties' green, which the colour was not matched to: within a fifth
        double overGreen = meanInk(style.mountain(), style.cityBorder(), width);
        assertEquals(overGreen, meanInk(style.mountain(), hair, 1), overGreen * 0.2, "over a mountain county");
    }

    @Test
    void aLineAlreadyAPixelWideKeepsItsColour() {
        Color line = Color.web("#6f7b83");
        assertEquals(line, BorderPainter.sameInk(line, Color.web("#f4efe2"), 1));
    }
}
