package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.TestWorld;

/** The year comparison printed: two vector maps on one landscape page, both years named, different where the data differ. */
class CompareSheetTest {
    private static final int DPI = 50;

    private static MapScene scene(Language l, Integer year) {
        World w = TestWorld.bundled();
        return MapScene.of(w.dataset(), w.atlas(), w.sides(), w.cityOutlines(), l).inYear(year);
    }

    private static byte[] pdf(Integer a, Integer b, Paper paper, CompareSheet.Layout[] layout) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        layout[0] = CompareSheet.write(scene(Language.EN, a), scene(Language.EN, b), paper, out, Progress.NONE);
        return out.toByteArray();
    }

    @Test
    void bothYearsAreVectorMapsSideBySideOnALandscapePage() throws IOException {
        assumeTrue(MapSheetTest.haveFont(), "no embeddable CJK font on this machine");
        CompareSheet.Layout[] layout = new CompareSheet.Layout[1];
        Paper portrait = new Paper("A4", false);
        byte[] bytes = pdf(2012, 2025, portrait, layout);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals(portrait.height(), doc.getPage(0).getMediaBox().getWidth(), 0.01, "turned landscape");
            String text = new PDFTextStripper().getText(doc);
            for (String s : new String[] {"Compare two years", "A · End of 2012", "B · End of 2025", "Pairings +23 -0", "Legend"}) {
                assertTrue(text.contains(s), s + " in:\n" + text);
            }
            assertTrue(text.split("Taishun County", -1).length - 1 >= 2, "the county is named on both maps");
            var ops = MapSheetTest.operators(doc.getPage(0));
            assertTrue(ops.getOrDefault("l", 0) > 20_000, "two maps of line-to paths: " + ops);
            assertEquals(0, ops.getOrDefault("Do", 0), "no raster");
        }
        float[] printable = layout[0].printable(), a = layout[0].mapA(), b = layout[0].mapB();
        assertTrue(a[2] >= 0.45 * printable[2] && b[2] >= 0.45 * printable[2], "each map takes about half the width");
        assertTrue(b[0] >= a[0] + a[2], "B beside A, to its right");
    }

    @Test
    void theTwoMapsDifferOnlyWhereTheYearsDo() throws IOException {
        assumeTrue(MapSheetTest.haveFont(), "no embeddable CJK font on this machine");
        double same = differingShare(2025, 2025);
        double apart = differingShare(2012, 2025);
        assertTrue(same < 0.01, "the same year twice: " + same);
        assertTrue(apart > 0.05, "2012 against 2025 (hatched list, fewer arcs): " + apart);
    }

    /**
     * Whether a pixel of about this colour is at or next to (x, y): map B does not start on a whole
     * pixel after map A, so the same drawing lands up to a pixel apart.
     */
    private static boolean nearby(BufferedImage page, int rgb, int x, int y) {
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                int other = page.getRGB(x + dx, y + dy);
                int d = 0;
                for (int shift = 0; shift <= 16; shift += 8) {
                    d = Math.max(d, Math.abs((rgb >> shift & 0xff) - (other >> shift & 0xff)));
                }
                if (d <= 40) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The share of pixels that differ between map A and map B, leaving out the captions, scale bar and north arrow. */
    private static double differingShare(int yearA, int yearB) throws IOException {
        CompareSheet.Layout[] layout = new CompareSheet.Layout[1];
        byte[] bytes = pdf(yearA, yearB, Paper.A4_LANDSCAPE, layout);
        BufferedImage page;
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            page = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.RGB);
        }
        float[] a = layout[0].mapA(), b = layout[0].mapB();
        double k = DPI / 72.0, pageH = Paper.A4_LANDSCAPE.height();
        int w = (int) (a[2] * k), h = (int) (a[3] * k);
        int ax = (int) (a[0] * k), bx = (int) (b[0] * k), top = (int) ((pageH - a[1] - a[3]) * k);
        int differ = 0, all = 0;
        for (int y = (int) (h * 0.12); y < h * 0.88; y++) {
            for (int x = (int) (w * 0.05); x < w * 0.9; x++) {
                all++;
                if (!nearby(page, page.getRGB(ax + x, top + y), bx + x, top + y)) {
                    differ++;
                }
            }
        }
        return (double) differ / all;
    }
}
