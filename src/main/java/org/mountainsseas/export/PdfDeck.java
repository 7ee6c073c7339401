package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mountainsseas.export.TextRuns.Run;
import org.mountainsseas.io.AtomicWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A PDF of slides, one image a page (960 pt wide: a 13.33 × 7.5 in slide at 16:9), each with a
 * bookmark. The rendered image carries the visible caption; the caption is also laid over the
 * page as invisible text, so it can be searched and copied, in the app's bundled fonts
 * ({@link PdfFonts}: Noto Sans for Latin letters, Droid Sans Fallback for Chinese).
 */
public final class PdfDeck implements Closeable {
    static final float PAGE_WIDTH = 960;
    private final PDDocument doc = new PDDocument();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Path file;
    private List<PDFont> fonts;

    public PdfDeck(Path file, String title) {
        this.file = file;
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("Mountains & Seas");
        doc.getDocumentCatalog().setDocumentOutline(outline);
    }

    /** Adds a page showing {@code image}, bookmarked as {@code title}, with {@code text} as its searchable text. */
    public void addPage(BufferedImage image, String title, String text) throws IOException {
        float scale = PAGE_WIDTH / image.getWidth();
        PDPage page = new PDPage(new PDRectangle(PAGE_WIDTH, image.getHeight() * scale));
        doc.addPage(page);
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(xobject, 0, 0, PAGE_WIDTH, image.getHeight() * scale);
            List<PDFont> f = fonts();
            if (!f.isEmpty() && text != null && !text.isBlank()) {
                invisibleText(content, f, text, page.getMediaBox().getHeight());
            }
        }
        PDOutlineItem mark = new PDOutlineItem();
        mark.setTitle(title);
        mark.setDestination(page);
        outline.addLast(mark);
    }

    private void invisibleText(PDPageContentStream content, List<PDFont> fonts, String text, float height)
            throws IOException {
        float size = 10;
        float left = PAGE_WIDTH * 0.68f;
        float y = height - 40;
        for (String paragraph : text.split("\n")) {
            for (List<Run> line : TextRuns.wrap(paragraph, fonts, size, PAGE_WIDTH - left - 20)) {
                content.beginText();
                content.setRenderingMode(RenderingMode.NEITHER);
                content.newLineAtOffset(left, y);
                for (Run run : line) {
                    content.setFont(run.font(), size);
                    content.showText(run.text());
                }
                content.endText();
                y -= size * 1.3f;
            }
        }
    }

    /** The fonts of the text layer, Latin first, then CJK; each character uses the first that has it. */
    private List<PDFont> fonts() throws IOException {
        if (fonts == null) {
            fonts = List.of(PdfFonts.latin(doc), PdfFonts.load(doc));
        }
        return fonts;
    }

    public int pages() {
        return doc.getNumberOfPages();
    }

    /** Writes the file; call once, after the last page. A failed write leaves no partial file. */
    public void save() throws IOException {
        try (AtomicWriter.Staged out = AtomicWriter.stage(file)) {
            doc.save(out.temp().toFile());
            out.commit();
        }
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
