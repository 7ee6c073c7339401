package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class MapPdfTest {
    private static MapPage page(MapPage.PaperSize paper) {
        BufferedImage map = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = map.createGraphics();
        g.setColor(java.awt.Color.GREEN);
        g.fillRect(50, 50, 200, 150);
        g.dispose();
        return new MapPage("山海协作 Mountains & Seas", "浙江 · 清大线", map, 500, null, "2026-11-23",
                List.of("Boundaries: 天地图 Tianditu 2024-05", "Facts: 24 sources"), paper);
    }

    private static boolean haveFont() {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.load(doc);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void writesALandscapePageWithTheChineseTitleAndCredits() throws IOException {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MapPdf.write(page(MapPage.PaperSize.A4), out, Progress.NONE);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, doc.getNumberOfPages());
            assertTrue(doc.getPage(0).getMediaBox().getWidth() > doc.getPage(0).getMediaBox().getHeight(), "landscape");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("山海协作"), text);
            assertTrue(text.contains("Tianditu"), text);
            assertTrue(text.contains("km"), "scale bar label: " + text);
            assertTrue(text.contains("N"), "north arrow");
        }
    }

    @Test
    void thePngPageFramesTheMapWithTitleAndFooter() throws IOException {
        MapPage page = page(MapPage.PaperSize.A4);
        BufferedImage out = MapPng.compose(page);
        assertTrue(out.getWidth() > page.map().getWidth() && out.getHeight() > page.map().getHeight() + 60);
        assertEquals(java.awt.Color.GREEN.getRGB(), out.getRGB(24 + 100, 70 + 100), "the map sits under the header");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        MapPng.write(page, bytes, Progress.NONE);
        assertTrue(bytes.size() > 1000);
    }

    @Test
    void a3IsLargerThanA4() {
        assertTrue(MapPage.PaperSize.A3.width() > MapPage.PaperSize.A4.width());
    }

    @Test
    void withoutAChineseFontTheExportFailsWithAClearMessage() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.NoCjkFont e = assertThrows(PdfFonts.NoCjkFont.class,
                    () -> PdfFonts.load(doc, List.of(Path.of("/nonexistent/font.ttf"))));
            assertTrue(e.getMessage().contains("No font that can show Chinese"), e.getMessage());
        }
    }

    @Test
    void scaleBarsAreRoundLengthsThatFit() {
        ScaleBar.Bar bar = ScaleBar.fit(500, 200);
        assertEquals(100, bar.km(), 1e-9);
        assertEquals(200, bar.length(), 1e-9);
        ScaleBar.Bar small = ScaleBar.fit(120, 100);
        assertEquals(10, small.km(), 1e-9);
        assertTrue(small.length() <= 100);
        assertEquals("10 km", small.label());
        assertThrows(IllegalArgumentException.class, () -> ScaleBar.fit(0, 100));
    }
}
