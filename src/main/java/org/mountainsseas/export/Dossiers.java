package org.mountainsseas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ModelTexts;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;

/**
 * County dossiers, an atlas of one A4 portrait page per mountain county with a bookmark each: a
 * locator map (the province with the county, its partners and their arcs), its city, class, side
 * of the Qingda Line and years on the list, then its partners with dates, status and confidence,
 * its enclaves and projects with their figures, and the sources behind each fact, numbered on the
 * page. Text that does not fit is set smaller, down to a floor, and then cut with a note.
 */
public final class Dossiers {
    private static final Paper PAPER = new Paper("A4", false);
    private static final float MIN_SIZE = 5.6f;

    private Dossiers() {
    }

    /** The mountain counties to export: those selected, else those lit by the filter ({@code lit} null: none set), else all. */
    public static List<String> countiesFor(Dataset data, Set<String> selection, Set<String> lit) {
        List<String> all = new ArrayList<>(data.mountainCounties());
        List<String> chosen = all.stream().filter(selection::contains).toList();
        if (chosen.isEmpty() && lit != null) {
            chosen = all.stream().filter(lit::contains).toList();
        }
        return chosen.isEmpty() ? all : chosen;
    }

    /** Writes one page per county, in the order given; returns the number of pages. */
    public static int write(MapScene scene, List<String> counties, OutputStream out, Progress progress) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfText font = new PdfText(PdfFonts.latin(doc), PdfFonts.load(doc));
            Language l = scene.language();
            doc.getDocumentInformation().setTitle(Messages.get(l, "dossier.title"));
            doc.getDocumentInformation().setCreator("Mountains & Seas");
            PDDocumentOutline outline = new PDDocumentOutline();
            doc.getDocumentCatalog().setDocumentOutline(outline);
            int done = 0;
            for (String adcode : counties) {
                progress.check();
                County c = scene.data().county(adcode);
                if (c == null) {
                    continue;
                }
                PDPage page = new PDPage(new PDRectangle(PAPER.width(), PAPER.height()));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    page(cs, font, scene.selecting(Set.of(adcode)), c);
                }
                PDOutlineItem mark = new PDOutlineItem();
                mark.setTitle(c.name().zh().equals(c.name().en()) ? c.name().zh() : c.name().get(l) + " · " + c.name().get(other(l)));
                mark.setDestination(page);
                outline.addLast(mark);
                progress.update(++done, counties.size() + 1L);
            }
            doc.save(out);
            progress.update(counties.size() + 1L, counties.size() + 1L);
            return doc.getNumberOfPages();
        }
    }

    private static Language other(Language l) {
        return l == Language.ZH ? Language.EN : Language.ZH;
    }

    private static void page(PDPageContentStream cs, PdfText font, MapScene scene, County c) throws IOException {
        Language l = scene.language();
        Dataset data = scene.data();
        float m = MapSheet.MARGIN, w = PAPER.width() - 2 * m, top = PAPER.height() - m;
        cs.setNonStrokingColor(PrintStyle.LABEL);
        font.show(cs, 17, m, top - 17, c.name().get(l) + "  " + c.name().get(other(l)));
        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        font.show(cs, 8.5f, m, top - 31, c.city().get(l) + " · " + c.adcode() + " · "
                + Messages.format(l, "review.page.date", java.time.LocalDate.now().toString(), data.dataDate()));

        float mapSize = 290;
        float mapTop = top - 40;
        MapPainter locator = new MapPainter(cs, font, scene, scene.atlas().bounds(), m, mapTop - mapSize, mapSize, mapSize, 0.75f)
                .labelOnlyHighlighted();
        locator.paint();
        MapSheet.scaleBar(cs, font, m + 5, mapTop - mapSize + 6, locator.metresPerPoint(), mapSize * 0.3f, 0.75f);
        cs.setNonStrokingColor(PrintStyle.GREY_TEXT);
        font.show(cs, 6, m, mapTop - mapSize - 9, Messages.get(l, "dossier.locator"));

        Numbers refs = new Numbers();
        List<Line> facts = new ArrayList<>();
        heading(facts, Messages.get(l, "dossier.class"));
        facts.add(new Line(Messages.get(l, "class." + data.classOf(c.adcode()).name().toLowerCase(java.util.Locale.ROOT)), 0, false));
        heading(facts, Messages.get(l, "dossier.side"));
        facts.add(new Line(ModelTexts.side(scene.sides().get(c.adcode()), l), 0, false));
        heading(facts, Messages.get(l, "dossier.list"));
        boolean listed = false;
        for (Membership ms : data.memberships()) {
            if (ms.adcode().equals(c.adcode())) {
                listed = true;
                String until = ms.until() == null ? "" : dating(ms.until(), l) + (ms.untilNote() == null ? "" : " (" + ms.untilNote().get(l) + ")");
                facts.add(new Line(dating(ms.from(), l) + " – " + until + " " + refs.cite(ms.provenance(), l), 0, false));
            }
        }
        if (!listed) {
            facts.add(new Line(Messages.get(l, "dossier.none"), 0, true));
        }
        float sideX = m + mapSize + 14;
        flow(cs, font, facts, sideX, mapTop, w - mapSize - 14, mapSize, 8.5f, Messages.get(l, "dossier.cut"));

        List<Line> body = new ArrayList<>();
        heading(body, Messages.get(l, "dossier.partners"));
        List<Pairing> pairings = data.pairingsOf(c.adcode());
        for (Pairing p : pairings) {
            County partner = data.county(p.partner());
            Text name = partner != null ? partner.name() : p.partnerName();
            String where = partner != null ? " (" + partner.city().get(l) + ")" : "";
            body.add(new Line("• " + (name == null ? "?" : name.get(l)) + where + " — "
                    + Messages.format(l, "dossier.since", dating(p.since(), l)) + " · " + Messages.get(l, "status." + GisLayers.code(p.status()))
                    + " · " + confidence(p.provenance(), l) + " " + refs.cite(p.provenance(), l), 0, false));
            if (p.note() != null) {
                body.add(new Line(p.note().get(l), 1, true));
            }
        }
        none(body, pairings.isEmpty(), l);
        heading(body, Messages.get(l, "dossier.enclaves"));
        List<Enclave> enclaves = data.enclavesOf(c.adcode());
        for (Enclave e : enclaves) {
            body.add(new Line("• " + e.name().get(l) + " (" + Messages.get(l, "enclave.type." + GisLayers.code(e.type())) + ") — "
                    + Messages.format(l, "dossier.host", place(data, e.host(), e.hostPlace(), l)) + " · "
                    + Messages.format(l, "dossier.beneficiary", place(data, e.beneficiary(), e.beneficiaryName(), l)) + " · "
                    + dating(e.opened(), l) + " · " + confidence(e.provenance(), l) + " " + refs.cite(e.provenance(), l), 0, false));
            figures(body, e.figures(), l);
        }
        none(body, enclaves.isEmpty(), l);
        heading(body, Messages.get(l, "dossier.projects"));
        List<Project> projects = data.projectsOf(c.adcode());
        for (Project p : projects) {
            body.add(new Line("• " + p.name().get(l) + " (" + Messages.get(l, "project.kind." + GisLayers.code(p.kind())) + ") — "
                    + dating(p.year(), l) + " · " + confidence(p.provenance(), l) + " " + refs.cite(p.provenance(), l), 0, false));
            figures(body, p.figures(), l);
        }
        none(body, projects.isEmpty(), l);
        heading(body, Messages.get(l, "dossier.sources"));
        for (var e : refs.numbers.entrySet()) {
            Source s = data.source(e.getKey());
            String url = s == null || s.url() == null ? "" : " " + s.url();
            body.add(new Line("[" + e.getValue() + "] " + (s == null ? e.getKey() : Citation.of(s)) + url, 1, false));
        }
        float bodyTop = mapTop - mapSize - 20;
        flow(cs, font, body, m, bodyTop, w, bodyTop - m, 8.5f, Messages.get(l, "dossier.cut"));
    }

    /** A line of the page's text: wrapped to the width, indented by {@code indent} steps, grey when {@code quiet}. */
    private record Line(String text, int indent, boolean quiet) {
    }

    private static void heading(List<Line> lines, String text) {
        lines.add(new Line("\u0000" + text, 0, false));
    }

    private static void none(List<Line> lines, boolean empty, Language l) {
        if (empty) {
            lines.add(new Line(Messages.get(l, "dossier.none"), 0, true));
        }
    }

    private static void figures(List<Line> lines, List<Figure> figures, Language l) {
        StringJoiner out = new StringJoiner("; ");
        for (Figure f : figures) {
            out.add(f.label().get(l) + ": " + f.text().get(l));
        }
        if (out.length() > 0) {
            lines.add(new Line(out.toString(), 1, true));
        }
    }

    /**
     * Sets the lines from {@code top} down within {@code height}: at {@code size} points, or smaller
     * until they fit; past the smallest size, what does not fit is cut and a note says so.
     */
    private static void flow(PDPageContentStream cs, PdfText font, List<Line> lines, float x, float top, float width,
                             float height, float size, String cutNote) throws IOException {
        float s = size;
        while (s > MIN_SIZE && measure(font, lines, width, s) > height) {
            s -= 0.4f;
        }
        float y = top;
        float bottom = top - height;
        for (Line line : lines) {
            boolean heading = line.text().startsWith("\u0000");
            String text = heading ? line.text().substring(1) : line.text();
            float ls = heading ? s * 1.15f : line.quiet() ? s * 0.9f : s;
            float indent = line.indent() * s * 1.6f;
            if (heading) {
                y -= s * 0.5f;
            }
            for (String part : MapSheet.wrap(text, font, ls, width - indent, 50)) {
                if (y - ls * 1.35f < bottom) {
                    cs.setNonStrokingColor(PrintStyle.SELECTION);
                    font.show(cs, s, x, bottom + 1, cutNote);
                    return;
                }
                y -= ls * 1.35f;
                cs.setNonStrokingColor(heading ? PrintStyle.ARC_SEA : line.quiet() ? PrintStyle.GREY_TEXT : PrintStyle.LABEL);
                font.show(cs, ls, x + indent, y, part);
            }
        }
    }

    private static float measure(PdfText font, List<Line> lines, float width, float s) throws IOException {
        float h = 0;
        for (Line line : lines) {
            boolean heading = line.text().startsWith("\u0000");
            float ls = heading ? s * 1.15f : line.quiet() ? s * 0.9f : s;
            h += (heading ? s * 0.5f : 0) + MapSheet.wrap(line.text(), font, ls, width - line.indent() * s * 1.6f, 50).size() * ls * 1.35f;
        }
        return h;
    }

    private static String place(Dataset data, String adcode, Text fallback, Language l) {
        County c = data.county(adcode);
        return c != null ? c.name().get(l) : fallback != null ? fallback.get(l) : Messages.get(l, "unknown");
    }

    private static String dating(Dating d, Language l) {
        return d == null || d.text() == null ? Messages.get(l, "unknown") : d.text().get(l);
    }

    private static String confidence(Provenance p, Language l) {
        return Messages.format(l, "dossier.confidence", Messages.get(l, "confidence." + p.confidence().code()));
    }

    /** Numbers the sources cited on a page in the order they are first cited. */
    private static final class Numbers {
        final Map<String, Integer> numbers = new LinkedHashMap<>();

        String cite(Provenance p, Language l) {
            StringJoiner out = new StringJoiner(",", "[", "]");
            for (String id : p.sourceIds()) {
                out.add(String.valueOf(numbers.computeIfAbsent(id, k -> numbers.size() + 1)));
            }
            return p.sourceIds().isEmpty() ? "" : out.toString();
        }
    }
}
