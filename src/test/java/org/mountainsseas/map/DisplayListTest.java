package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.junit.jupiter.api.Test;

/** A recorded frame drawn by Java2D (and by Skia) keeps the canvas's meaning of the calls: fill rule, state saved and restored, dashes, the current path. */
class DisplayListTest {
    private static BufferedImage draw(DisplayList list, int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = img.createGraphics();
        list.replay(new Java2dSurface(g, new AffineTransform()));
        g.dispose();
        return img;
    }

    private static void square(DisplayList g, double x0, double y0, double x1, double y1, boolean clockwise) {
        g.moveTo(x0, y0);
        if (clockwise) {
            g.lineTo(x1, y0);
            g.lineTo(x1, y1);
            g.lineTo(x0, y1);
        } else {
            g.lineTo(x0, y1);
            g.lineTo(x1, y1);
            g.lineTo(x1, y0);
        }
        g.closePath();
    }

    @Test
    void aHoleRunTheOtherWayStaysOpenUnderNonZeroAndTheSettingsComeBackAfterRestore() {
        DisplayList g = new DisplayList();
        g.save();
        g.setFill(Color.RED);
        g.setFillRule(FillRule.NON_ZERO);
        g.setAntialiased(false);
        g.beginPath();
        square(g, 10, 10, 90, 90, true);
        square(g, 40, 40, 60, 60, false);
        g.fill();
        g.restore();
        // after restore the fill is the canvas's default again (black)
        g.fillRect(0, 95, 5, 5);
        BufferedImage img = draw(g, 100, 100);
        assertEquals(0xffff0000, img.getRGB(20, 20), "the shell is filled");
        assertEquals(0, img.getRGB(50, 50) >>> 24, "the hole is open");
        assertEquals(0xff000000, img.getRGB(2, 97), "restore brought back the default fill");
        assertEquals(0, img.getRGB(95, 50) >>> 24, "nothing outside");
    }

    @Test
    void aDashedLineLeavesGapsAndASolidOneNone() {
        DisplayList g = new DisplayList();
        g.setStroke(Color.BLUE);
        g.setLineWidth(4);
        g.setLineDashes(10, 10);
        g.strokeLine(0, 10, 100, 10);
        g.setLineDashes();
        g.strokeLine(0, 30, 100, 30);
        BufferedImage img = draw(g, 100, 40);
        int inked = 0, solid = 0;
        for (int x = 0; x < 100; x++) {
            inked += (img.getRGB(x, 10) >>> 24) > 128 ? 1 : 0;
            solid += (img.getRGB(x, 30) >>> 24) > 128 ? 1 : 0;
        }
        assertTrue(inked > 40 && inked < 60, "half the dashed line is inked: " + inked);
        assertTrue(solid >= 99, "the solid one all along: " + solid);
    }

    @Test
    void aPathGrownAfterItsFillIsStrokedWholeAndALineOnAnEmptyPathMovesThere() {
        DisplayList g = new DisplayList(1);
        g.setFill(Color.RED);
        g.setStroke(Color.BLUE);
        g.setLineWidth(2);
        g.setAntialiased(false);
        g.beginPath();
        // no current point: the line only moves to (10, 10), as on a canvas
        g.lineTo(10, 10);
        g.lineTo(30, 10);
        g.lineTo(30, 30);
        g.closePath();
        g.fill();
        // the same path, grown after the fill, is stroked as a whole; the fill keeps what it had
        g.moveTo(50, 10);
        g.lineTo(90, 10);
        g.stroke();
        g.beginPath();
        // a curve on an empty path starts at its control point
        g.quadraticCurveTo(10, 50, 90, 50);
        g.stroke();
        for (boolean skia : new boolean[] {false, true}) {
            BufferedImage img = skia ? SkiaSurfaceTest.skia(g, 100, 60).image : draw(g, 100, 60);
            String by = skia ? "Skia" : "Java2D";
            assertEquals(0xffff0000, img.getRGB(26, 12), by + ": the triangle is filled");
            assertEquals(0xff0000ff, img.getRGB(70, 10), by + ": the line added after the fill is stroked");
            assertEquals(0xff0000ff, img.getRGB(20, 10), by + ": the triangle's edge is stroked with it");
            assertEquals(0, img.getRGB(5, 5) >>> 24, by + ": no line from the corner to (10, 10)");
            assertEquals(0, img.getRGB(70, 30) >>> 24, by + ": the grown part is not filled");
            assertEquals(0xff0000ff, img.getRGB(50, 50), by + ": the curve runs from its control point");
        }
    }

    @Test
    void aListRecordedIntoASpentOnesArraysDrawsOnlyItsOwnFrame() {
        DisplayList first = new DisplayList(4);
        first.setFill(Color.RED);
        first.beginPath();
        square(first, 0, 0, 100, 100, true);
        first.fill();
        draw(first, 100, 100);
        DisplayList fresh = new DisplayList(4);
        DisplayList reused = new DisplayList(4, first);
        for (DisplayList g : new DisplayList[] {fresh, reused}) {
            g.setFill(Color.BLUE);
            g.beginPath();
            square(g, 10, 10, 30, 30, true);
            g.fill();
        }
        BufferedImage a = draw(fresh, 100, 100), b = draw(reused, 100, 100);
        assertEquals(0xff0000ff, b.getRGB(20, 20), "the new frame's square");
        assertEquals(0, b.getRGB(60, 60) >>> 24, "nothing of the spent frame");
        for (int y = 0; y < 100; y++) {
            for (int x = 0; x < 100; x++) {
                assertEquals(a.getRGB(x, y), b.getRGB(x, y), "as a fresh list draws it, at " + x + "," + y);
            }
        }
    }
}
