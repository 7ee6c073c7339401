package org.mountainsseas.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.mountainsseas.fonts.Fonts;

/**
 * The fonts PDF export embeds (as subsets): the app's own bundled files, so a PDF looks like the
 * app on every machine. Chinese uses Droid Sans Fallback (TrueType outlines, which PDFBox embeds);
 * the system property {@code mountainsseas.pdfFont} may name another TrueType font file with
 * Chinese glyphs to use instead (one that cannot be used is reported and the bundled font is used).
 */
public final class PdfFonts {
    static final String OVERRIDE = "mountainsseas.pdfFont";

    private PdfFonts() {
    }

    /** The font for Chinese: the {@value #OVERRIDE} file if it can show Chinese, else the bundled one. */
    public static PDType0Font load(PDDocument doc) throws IOException {
        String override = System.getProperty(OVERRIDE);
        if (override != null && !override.isBlank()) {
            try {
                return chinese(doc, Path.of(override));
            } catch (IOException e) {
                System.err.println("warning: -D" + OVERRIDE + "=" + override + ": " + e.getMessage()
                        + "; using the bundled " + Fonts.CJK);
            }
        }
        return bundled(doc, Fonts.CJK_FILE);
    }

    /** The font in this file, if it can be embedded and shows Chinese; else an exception that says why not. */
    static PDType0Font chinese(PDDocument doc, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("not a file");
        }
        PDType0Font font;
        try {
            font = PDType0Font.load(doc, file.toFile());
        } catch (IOException | RuntimeException e) {
            throw new IOException("cannot be embedded (" + e.getMessage() + "); a TrueType .ttf is needed", e);
        }
        if (!canShow(font, "山海")) {
            throw new IOException("has no Chinese glyphs");
        }
        return font;
    }

    /** Whether the font has glyphs for all of {@code s}. */
    static boolean canShow(PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /** The font for Latin text and punctuation: the app's bundled Noto Sans. */
    public static PDFont latin(PDDocument doc) throws IOException {
        return bundled(doc, Fonts.SANS_FILE);
    }

    private static PDType0Font bundled(PDDocument doc, String file) throws IOException {
        try (InputStream in = Fonts.open(file)) {
            return PDType0Font.load(doc, in, true);
        }
    }
}
