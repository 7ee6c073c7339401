package org.mountainsseas.export;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.YearView;

/**
 * A print-quality map page: title and subtitle, the map drawn as vector paths and text
 * ({@link MapPainter}) filling the printable area beside or above its legend, a scale bar and a
 * north arrow on the map, and a footer with the dates, the boundary credit, a sources line and the
 * app's credit. Text is real text in the embedded fonts ({@link PdfFonts}). A PNG is the same page
 * rendered at a chosen resolution, so both look the same whatever the window looked like.
 */
public final class MapSheet {
    /** The unprintable edge most printers keep: 10 mm. */
    public static final float MARGIN = 72f / 25.4f * 10;
    private static final float GAP = 8;

    private MapSheet() {
    }

    /** Where things went on the page, in points from its lower left corner: {x, y, width, height} each. */
    public record Layout(float[] printable, float[] map, float[] province, float[] legend) {
    }

    /** Writes the page as a PDF; returns where its parts went. */
    public static Layout write(MapScene scene, Paper paper, OutputStream out, Progress progress) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText font = new PdfText(PdfFonts.latin(doc), PdfFonts.load(doc));
            progress.check();
            PDPage page = new PDPage(new PDRectangle(paper.width(), paper.height()));
            doc.addPage(page);
            String title = Messages.get(scene.language(), "review.page.title");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(subtitle(scene));
            info.setCreator("Mountains & Seas");
            Layout layout;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                layout = draw(cs, font, scene, paper, title);
            }
            progress.update(1, 2);
            progress.check();
            doc.save(out);
            progress.update(2, 2);
            return layout;
        }
    }

    /** The page rendered as an image at {@code dpi} dots per inch. */
    public static BufferedImage png(MapScene scene, Paper paper, int dpi, Progress progress) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        write(scene, paper, pdf, Progress.NONE);
        return render(pdf.toByteArray(), dpi, progress);
    }

    /** The first page of a PDF rendered at {@code dpi}, for a PNG export of a page. */
    static BufferedImage render(byte[] pdf, int dpi, Progress progress) throws IOException {
        progress.update(1, 3);
        progress.check();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, dpi, ImageType.RGB);
            progress.update(2, 3);
            return image;
        }
    }

    private static Layout draw(PDPageContentStream cs, PdfText font, MapScene scene, Paper paper, String title) throws IOException {
        float u = paper.unit();
        Language l = scene.language();
        float x0 = MARGIN, y0 = MARGIN, w = paper.width() - 2 * MARGIN, h = paper.height() - 2 * MARGIN;
        float titleSize = 15 * u, subSize = 8.5f * u, footSize = 6.2f * u;
        cs.setNonStrokingColor(PrintStyle.LABEL);
        font.show(cs, titleSize, x0, y0 + h - titleSize, title);
        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        font.show(cs, subSize, x0, y0 + h - titleSize - subSize * 1.6f, subtitle(scene));
        float header = titleSize + subSize * 1.6f + GAP * u;

        List<String> footer = footer(scene, font, footSize, w);
        float footerH = footer.size() * footSize * 1.45f + GAP * u * 0.5f;
        float areaY = y0 + footerH, areaH = h - header - footerH;

        PrintLegend legend = new PrintLegend(font, l, u, scene.year() != null, !scene.highlighted().isEmpty() || scene.lit() != null);
        var fit = scene.atlas().bounds();
        double aspect = fit.width() / fit.height();
        // beside: the legend in a column on the right; below: in as many columns as fit under the map
        float besideW = w - legend.width(1) - GAP * u;
        double besideScale = Math.min(besideW / aspect, areaH);
        int columns = 1;
        while (columns < 4 && legend.width(columns + 1) <= w) {
            columns++;
        }
        float belowH = areaH - legend.height(columns) - GAP * u;
        double belowScale = Math.min(w / aspect, belowH);
        boolean beside = besideScale >= belowScale || legend.height(1) <= areaH * 0.45 && besideScale >= belowScale * 0.97;
        float[] map, key;
        if (beside) {
            map = new float[] {x0, areaY, besideW, areaH};
            key = new float[] {x0 + besideW + GAP * u, areaY + areaH - legend.height(1), legend.width(1), legend.height(1)};
        } else {
            float lh = legend.height(columns);
            map = new float[] {x0, areaY + lh + GAP * u, w, belowH};
            key = new float[] {x0, areaY, legend.width(columns), lh};
        }
        MapPainter painter = new MapPainter(cs, font, scene, fit, map[0], map[1], map[2], map[3], u);
        painter.paint();
        legend.draw(cs, key[0], key[1] + key[3], beside ? 1 : columns);
        scaleBar(cs, font, map[0] + 8 * u, map[1] + 10 * u, painter.metresPerPoint(), map[2] * 0.2f, u);
        northArrow(cs, font, map[0] + map[2] - 16 * u, map[1] + map[3] - 34 * u, u);

        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        float fy = y0 + footerH - footSize * 1.2f - GAP * u * 0.5f;
        for (String line : footer) {
            font.show(cs, footSize, x0, fy, line);
            fy -= footSize * 1.45f;
        }
        return new Layout(new float[] {x0, y0, w, h}, map, painter.provinceBox(), key);
    }

    /** What the map shows: the year (or today), the filter, the selection. */
    static String subtitle(MapScene scene) {
        Language l = scene.language();
        List<String> parts = new ArrayList<>();
        parts.add(scene.year() == null ? Messages.get(l, "print.today") : Messages.format(l, "print.year", String.valueOf(scene.year())));
        if (scene.subtitle() != null && !scene.subtitle().isBlank()) {
            parts.add(scene.subtitle());
        } else {
            parts.add(Messages.get(l, "review.page.all"));
        }
        if (!scene.selection().isEmpty()) {
            List<String> names = new ArrayList<>();
            for (String a : scene.selection()) {
                var c = scene.data().county(a);
                names.add(c == null ? a : c.name().get(l));
            }
            names.sort(null);
            parts.add(Messages.format(l, "print.selected", String.join(", ", names)));
        }
        return String.join(" · ", parts);
    }

    /** Footer lines: dates, boundaries, the sources of what the map shows (at most two lines), credits. */
    static List<String> footer(MapScene scene, PdfText font, float size, float width) throws IOException {
        Language l = scene.language();
        List<String> out = new ArrayList<>();
        out.add(Messages.format(l, "review.page.date", LocalDate.now().toString(), scene.data().dataDate()));
        out.addAll(wrap(Messages.get(l, "review.page.boundaries"), font, size, width, 2));
        out.addAll(sourcesLine(scene, font, size, width));
        out.add(Messages.get(l, "print.credits"));
        return out;
    }

    /** "Sources (n): A (date); B (date); … and k more", on at most two lines, most cited first. */
    static List<String> sourcesLine(MapScene scene, PdfText font, float size, float width) throws IOException {
        Map<String, Integer> cited = sourcesShown(scene);
        List<String> names = new ArrayList<>();
        cited.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).forEach(e -> {
            Source s = scene.data().source(e.getKey());
            names.add(s == null ? e.getKey() : Citation.brief(s));
        });
        Language l = scene.language();
        List<String> best = List.of(Messages.format(l, "print.sources", names.size(), ""));
        for (int shown = 1; shown <= names.size(); shown++) {
            String more = shown < names.size() ? " " + Messages.format(l, "print.sources.more", names.size() - shown) : "";
            String line = Messages.format(l, "print.sources", names.size(), String.join("; ", names.subList(0, shown))) + more;
            List<String> lines = wrap(line, font, size, width, 3);
            if (lines.size() > 2) {
                break;
            }
            best = lines;
        }
        return best;
    }

    /** The sources behind the pairings, enclaves and list memberships the map shows, with how often each is cited. */
    static Map<String, Integer> sourcesShown(MapScene scene) {
        YearView year = scene.yearView();
        Map<String, Integer> out = new LinkedHashMap<>();
        for (Pairing p : scene.data().pairings()) {
            boolean inYear = year == null || year.pairing(p) != Presence.NOT_IN_FORCE;
            boolean kept = scene.shownPairings() == null || scene.shownPairings().contains(p.id());
            if (inYear && kept) {
                p.provenance().sourceIds().forEach(id -> out.merge(id, 1, Integer::sum));
            }
        }
        for (Enclave e : scene.data().enclaves()) {
            if (year == null || year.enclave(e) != Presence.NOT_IN_FORCE) {
                e.provenance().sourceIds().forEach(id -> out.merge(id, 1, Integer::sum));
            }
        }
        scene.data().memberships().forEach(m -> m.provenance().sourceIds().forEach(id -> out.merge(id, 1, Integer::sum)));
        if (scene.data().qingdaLine() != null) {
            scene.data().qingdaLine().provenance().sourceIds().forEach(id -> out.merge(id, 1, Integer::sum));
        }
        return out;
    }

    /** Breaks text into lines of at most {@code width} points (at most {@code max} lines, the last cut with "…"). */
    static List<String> wrap(String text, PdfText font, float size, float width, int max) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        float used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            line.appendCodePoint(cp);
            used += font.width(size, new String(Character.toChars(cp)));
            if (cp == ' ') {
                lastSpace = line.length();
            }
            if (used > width) {
                // break at the last space in Latin text; Chinese breaks between any two characters
                int cut = lastSpace > 0 && cp < 0x2E80 ? lastSpace : line.length() - Character.charCount(cp);
                lines.add(line.substring(0, cut).stripTrailing());
                String rest = line.substring(cut);
                line.setLength(0);
                line.append(rest);
                used = font.width(size, rest);
                lastSpace = -1;
                if (lines.size() == max) {
                    String last = lines.get(max - 1);
                    lines.set(max - 1, last.substring(0, Math.max(0, last.length() - 1)) + "…");
                    return lines;
                }
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** A black-and-white bar of a round length on a white ground; {@code metresPerPoint} is the ground scale on the page. */
    static void scaleBar(PDPageContentStream cs, PdfText font, float x, float y, double metresPerPoint, float maxLength, float u)
            throws IOException {
        ScaleBar.Bar bar = ScaleBar.fit(metresPerPoint, maxLength);
        float len = (float) bar.length();
        float size = 7 * u;
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x - 5 * u, y - 5 * u, len + font.width(size, bar.label()) + 16 * u, 20 * u);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.addRect(x, y, len / 2, 3.5f * u);
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.7f * u);
        cs.addRect(x, y, len, 3.5f * u);
        cs.stroke();
        font.show(cs, size, x - 2 * u, y + 6 * u, "0");
        font.show(cs, size, x + len + 4 * u, y, bar.label());
    }

    static void northArrow(PDPageContentStream cs, PdfText font, float x, float y, float u) throws IOException {
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(x - 10 * u, y - 5 * u, 20 * u, 36 * u);
        cs.fill();
        cs.setNonStrokingColor(Color.BLACK);
        cs.moveTo(x, y + 21 * u);
        cs.lineTo(x - 6 * u, y);
        cs.lineTo(x, y + 5 * u);
        cs.closePath();
        cs.fill();
        cs.setStrokingColor(Color.BLACK);
        cs.setLineWidth(0.7f * u);
        cs.moveTo(x, y + 21 * u);
        cs.lineTo(x + 6 * u, y);
        cs.lineTo(x, y + 5 * u);
        cs.closePath();
        cs.stroke();
        float size = 8 * u;
        font.show(cs, size, x - font.width(size, "N") / 2, y + 23 * u, "N");
    }
}
