package org.mountainsseas.export;

import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out a map page in PDF: title and subtitle on top, the map image framed below with the legend beside it, a scale bar
 * and a north arrow on the map, and the date and source credits in the footer. Text uses the
 * app's bundled fonts, embedded ({@link PdfFonts}).
 */
public final class MapPdf {
    private static final float MARGIN = 28;
    private static final float HEADER = 46;
    private static final float FOOTER = 40;
    private static final float GAP = 10;
    /** The legend is rendered at twice screen size; this prints its text at about 9 pt. */
    private static final float LEGEND_POINTS_PER_PIXEL = 0.36f;

    private MapPdf() {
    }

    public static void write(MapPage page, OutputStream out, Progress progress) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText font = new PdfText(PdfFonts.latin(doc), PdfFonts.load(doc));
            progress.check();
            PDPage p = new PDPage(new PDRectangle(page.paper().width(), page.paper().height()));
            doc.addPage(p);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(page.title());
            info.setCreator("Mountains & Seas");
            PDImageXObject image = LosslessFactory.createFromImage(doc, page.map());
            progress.update(1, 3);
            progress.check();
            float w = page.paper().width(), h = page.paper().height();
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                text(cs, font, 18, MARGIN, h - MARGIN - 14, page.title(), Color.BLACK);
                text(cs, font, 10, MARGIN, h - MARGIN - 30, page.subtitle(), new Color(0x45, 0x5a, 0x64));
                float boxH = h - 2 * MARGIN - HEADER - FOOTER;
                float legendW = legend(doc, cs, page, w - MARGIN, h - MARGIN - HEADER, boxH);
                float boxW = w - 2 * MARGIN - (legendW > 0 ? legendW + GAP : 0);
                float scale = Math.min(boxW / image.getWidth(), boxH / image.getHeight());
                float iw = image.getWidth() * scale, ih = image.getHeight() * scale;
                float ix = MARGIN + (boxW - iw) / 2, iy = MARGIN + FOOTER + (boxH - ih) / 2;
                cs.drawImage(image, ix, iy, iw, ih);
                cs.setStrokingColor(new Color(0x90, 0xa4, 0xae));
                cs.setLineWidth(0.8f);
                cs.addRect(ix, iy, iw, ih);
                cs.stroke();
                scaleBar(cs, font, ix + 12, iy + 14, page.metresPerPixel() / scale, iw * 0.22f);
                northArrow(cs, font, ix + iw - 26, iy + ih - 46);
                float y = MARGIN + FOOTER - 12;
                text(cs, font, 8, MARGIN, y, page.date(), Color.DARK_GRAY);
                for (String credit : page.credits()) {
                    y -= 10;
                    text(cs, font, 7, MARGIN, y, credit, Color.DARK_GRAY);
                }
            }
            progress.update(2, 3);
            progress.check();
            doc.save(out);
            progress.update(3, 3);
        }
    }

    /**
     * Draws the legend image with its top right corner at (right, top), at most {@code maxH} tall;
     * returns the width it took, 0 without a legend.
     */
    private static float legend(PDDocument doc, PDPageContentStream cs, MapPage page, float right, float top, float maxH)
            throws IOException {
        if (page.legend() == null) {
            return 0;
        }
        PDImageXObject key = LosslessFactory.createFromImage(doc, page.legend());
        float s = Math.min(LEGEND_POINTS_PER_PIXEL, maxH / key.getHeight());
        float lw = key.getWidth() * s, lh = key.getHeight() * s;
        cs.drawImage(key, right - lw, top - lh, lw, lh);
        return lw;
    }

    private static void text(PDPageContentStream cs, PdfText font, float size, float x, float y, String s, Color color)
            throws IOException {
        if (s == null || s.isEmpty()) {
            return;
        }
        cs.setNonStrokingColor(color);
        font.show(cs, size, x, y, s.replace('\n', ' '));
    }

    /** A black-and-white bar of a round length; {@code metresPerPoint} is the ground scale on the page. */
    static void scaleBar(PDPageContentStream cs, PdfText font, float x, float y, double metresPerPoint, float maxLength)
            throws IOException {
        ScaleBar.Bar bar = ScaleBar.fit(metresPerPoint, maxLength);
        float len = (float) bar.length();
        cs.setNonStrokingColor(new Color(255, 255, 255, 220));
        cs.addRect(x - 6, y - 6, len + 60, 24);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.addRect(x, y, len / 2, 4);
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.8f);
        cs.addRect(x, y, len, 4);
        cs.stroke();
        text(cs, font, 8, x, y + 7, "0", Color.BLACK);
        text(cs, font, 8, x + len + 4, y, bar.label(), Color.BLACK);
    }

    private static void northArrow(PDPageContentStream cs, PdfText font, float x, float y) throws IOException {
        cs.setNonStrokingColor(new Color(255, 255, 255, 220));
        cs.addRect(x - 12, y - 6, 24, 44);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.moveTo(x, y + 26);
        cs.lineTo(x - 7, y);
        cs.lineTo(x, y + 6);
        cs.closePath();
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.8f);
        cs.moveTo(x, y + 26);
        cs.lineTo(x + 7, y);
        cs.lineTo(x, y + 6);
        cs.closePath();
        cs.stroke();
        text(cs, font, 9, x - 3.5f, y + 29, "N", Color.BLACK);
    }
}
