package org.mountainsseas.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.model.YearDiff.Direction;
import org.mountainsseas.model.YearDiff.Kind;

/**
 * The year comparison on one landscape page: a title, a line naming both years and counting what
 * changed between them, the two maps side by side (each drawn by {@link MapPainter} as vector paths
 * and text, with its year in a label on it), one legend under both, a scale bar and a north arrow,
 * and the map page's footer. The two scenes differ only in their year.
 */
public final class CompareSheet {
    private static final float GAP = 8;

    private CompareSheet() {
    }

    /** Where things went on the page, in points from its lower left corner: {x, y, width, height} each. */
    public record Layout(float[] printable, float[] mapA, float[] mapB) {
    }

    /** Writes the page as a PDF on {@code paper} turned landscape; returns where the maps went. */
    public static Layout write(MapScene a, MapScene b, Paper paper, OutputStream out, Progress progress) throws IOException {
        Paper landscape = new Paper(paper.size(), true);
        try (PDDocument doc = new PDDocument()) {
            PdfText font = new PdfText(PdfFonts.latin(doc), PdfFonts.load(doc));
            progress.check();
            PDPage page = new PDPage(new PDRectangle(landscape.width(), landscape.height()));
            doc.addPage(page);
            String title = Messages.get(a.language(), "compare.title");
            doc.getDocumentInformation().setTitle(title);
            doc.getDocumentInformation().setSubject(subtitle(a, b));
            doc.getDocumentInformation().setCreator("Mountains & Seas");
            Layout layout;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                layout = draw(cs, font, a, b, landscape, title);
            }
            progress.update(1, 2);
            progress.check();
            doc.save(out);
            progress.update(2, 2);
            return layout;
        }
    }

    /** The page rendered as an image at {@code dpi} dots per inch. */
    public static BufferedImage png(MapScene a, MapScene b, Paper paper, int dpi, Progress progress) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(a, b, paper, pdf, Progress.NONE);
        return MapSheet.render(pdf.toByteArray(), dpi, progress);
    }

    private static Layout draw(PDPageContentStream cs, PdfText font, MapScene a, MapScene b, Paper paper, String title)
            throws IOException {
        float u = paper.unit();
        Language l = a.language();
        float x0 = MapSheet.MARGIN, y0 = MapSheet.MARGIN;
        float w = paper.width() - 2 * x0, h = paper.height() - 2 * y0;
        float titleSize = 15 * u, subSize = 8.5f * u, footSize = 6.2f * u;
        cs.setNonStrokingColor(PrintStyle.LABEL);
        font.show(cs, titleSize, x0, y0 + h - titleSize, title);
        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        font.show(cs, subSize, x0, y0 + h - titleSize - subSize * 1.6f, subtitle(a, b));
        float header = titleSize + subSize * 1.6f + GAP * u;
        List<String> footer = MapSheet.footer(b, font, footSize, w);
        float footerH = footer.size() * footSize * 1.45f + GAP * u * 0.5f;
        PrintLegend legend = new PrintLegend(font, l, u, true, !a.highlighted().isEmpty() || a.lit() != null);
        int columns = 1;
        while (columns < 5 && legend.width(columns + 1) <= w) {
            columns++;
        }
        float legendH = legend.height(columns);
        float areaY = y0 + footerH + legendH + GAP * u;
        float areaH = h - header - footerH - legendH - GAP * u;
        float mapW = (w - GAP * u) / 2;
        float[] mapA = {x0, areaY, mapW, areaH};
        float[] mapB = {x0 + mapW + GAP * u, areaY, mapW, areaH};
        var fit = a.atlas().bounds();
        side(cs, font, a, mapA, "compare.caption.a", fit, u);
        MapPainter painter = side(cs, font, b, mapB, "compare.caption.b", fit, u);
        legend.draw(cs, x0, y0 + footerH + legendH, columns);
        MapSheet.scaleBar(cs, font, mapB[0] + 8 * u, mapB[1] + 10 * u, painter.metresPerPoint(), mapW * 0.2f, u);
        MapSheet.northArrow(cs, font, mapB[0] + mapB[2] - 16 * u, mapB[1] + mapB[3] - 34 * u, u);
        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        float fy = y0 + footerH - footSize * 1.2f - GAP * u * 0.5f;
        for (String line : footer) {
            font.show(cs, footSize, x0, fy, line);
            fy -= footSize * 1.45f;
        }
        return new Layout(new float[] {x0, y0, w, h}, mapA, mapB);
    }

    /** One year's map in its rectangle, with its caption; returns its painter (for the scale bar). */
    private static MapPainter side(PDPageContentStream cs, PdfText font, MapScene scene, float[] r, String caption,
                                   org.mountainsseas.geo.Bounds fit, float u) throws IOException {
        MapPainter painter = new MapPainter(cs, font, scene, fit, r[0], r[1], r[2], r[3], u);
        painter.paint();
        caption(cs, font, Messages.get(scene.language(), caption) + " · " + yearName(scene.year(), scene.language()), r, u);
        return painter;
    }

    /** The year's name on its map, white on a dark box at the map's top left. */
    private static void caption(PDPageContentStream cs, PdfText font, String text, float[] r, float u) throws IOException {
        float size = 11 * u;
        float pad = 4 * u;
        float tw = font.width(size, text);
        float bx = r[0] + 6 * u, by = r[1] + r[3] - 6 * u - size - 2 * pad;
        cs.setNonStrokingColor(PrintStyle.LABEL);
        cs.addRect(bx, by, tw + 2 * pad, size + 2 * pad);
        cs.fill();
        cs.setNonStrokingColor(Color.WHITE);
        font.show(cs, size, bx + pad, by + pad + size * 0.18f, text);
    }

    /** "A: end of 2012 · B: end of 2025 · pairings +23 −0 · …": the years and what changed between them. */
    static String subtitle(MapScene a, MapScene b) {
        Language l = a.language();
        YearDiff d = YearDiff.between(a.data(), a.year(), b.year());
        String counts = Messages.format(l, "compare.summary",
                n(d, Kind.PAIRING, Direction.ADDED), n(d, Kind.PAIRING, Direction.ENDED),
                n(d, Kind.LISTING, Direction.ADDED), n(d, Kind.LISTING, Direction.ENDED),
                n(d, Kind.ENCLAVE, Direction.ADDED), n(d, Kind.ENCLAVE, Direction.ENDED));
        // the page fonts have no minus sign (U+2212): a hyphen prints where the screen shows "−"
        return Messages.get(l, "compare.caption.a") + " · " + yearName(a.year(), l) + "  ·  "
                + Messages.get(l, "compare.caption.b") + " · " + yearName(b.year(), l) + "  ·  " + counts.replace('−', '-');
    }

    private static String n(YearDiff d, Kind kind, Direction direction) {
        return String.valueOf(d.changes(kind, direction).size());
    }

    private static String yearName(Integer year, Language l) {
        return year == null ? Messages.get(l, "compare.label.today") : Messages.format(l, "compare.label.year", String.valueOf(year));
    }
}
