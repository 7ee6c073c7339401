package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * A PDF of slides, one image a page (960 pt wide: a 13.33 × 7.5 in slide at 16:9), each with a
 * bookmark. The rendered image carries the visible caption, so Chinese shows without any font
 * in the PDF. When a CJK-capable TrueType font is on the system, the caption is also laid over
 * the page as invisible text, so it can be searched and copied. PDFBox cannot embed the Noto CJK
 * collections (.ttc with CFF outlines), hence the TTF search.
 */
public final class PdfDeck implements Closeable {
    static final float PAGE_WIDTH = 960;
    /** TrueType fonts with CJK glyphs that PDFBox can embed, most common first. */
    static final List<Path> TEXT_FONTS = List.of(
            Path.of("/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("C:/Windows/Fonts/simhei.ttf"),
            Path.of("/System/Library/Fonts/Supplemental/Arial Unicode.ttf"));
    private final PDDocument doc = new PDDocument();
    private final PDDocumentOutline outline = new PDDocumentOutline();
    private final Path file;
    private PDFont font;
    private boolean fontTried;

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
            PDFont f = font();
            if (f != null && text != null && !text.isBlank()) {
                invisibleText(content, f, text, page.getMediaBox().getHeight());
            }
        }
        PDOutlineItem mark = new PDOutlineItem();
        mark.setTitle(title);
        mark.setDestination(page);
        outline.addLast(mark);
    }

    private void invisibleText(PDPageContentStream content, PDFont f, String text, float height) throws IOException {
        content.beginText();
        content.setRenderingMode(RenderingMode.NEITHER);
        content.setFont(f, 10);
        content.setLeading(12);
        content.newLineAtOffset(PAGE_WIDTH * 0.68f, height - 40);
        for (String line : text.split("\n")) {
            try {
                content.showText(line);
            } catch (IllegalArgumentException | IllegalStateException e) {
                // the font lacks a glyph (Droid Sans Fallback has CJK but not all Latin): keep what it has
                line.codePoints().forEach(cp -> showChar(content, cp));
            }
            content.newLine();
        }
        content.endText();
    }

    private static void showChar(PDPageContentStream content, int codePoint) {
        try {
            content.showText(new String(Character.toChars(codePoint)));
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            // not in the font: the image still shows it
        }
    }

    /** Whether pages carry real (searchable) text as well as the image. */
    public boolean hasTextLayer() throws IOException {
        return font() != null;
    }

    private PDFont font() throws IOException {
        if (!fontTried) {
            fontTried = true;
            for (Path p : TEXT_FONTS) {
                if (Files.isRegularFile(p) && p.toString().endsWith(".ttf")) {
                    try {
                        font = PDType0Font.load(doc, p.toFile());
                        break;
                    } catch (IOException | RuntimeException e) {
                        font = null;
                    }
                }
            }
        }
        return font;
    }

    public int pages() {
        return doc.getNumberOfPages();
    }

    /** Writes the file; call once, after the last page. */
    public void save() throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        doc.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }
}
