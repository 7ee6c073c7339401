package org.mountainsseas.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Finds a font that can draw Chinese and that PDFBox can embed (TrueType outlines; OpenType fonts
 * with CFF outlines, such as the Noto CJK collections, cannot be embedded and are skipped). The
 * system property {@code mountainsseas.pdfFont} names a font file to try first.
 */
public final class PdfFonts {
    private static final String[] CANDIDATES = {
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
        "C:/Windows/Fonts/msyh.ttc",
        "C:/Windows/Fonts/simhei.ttf",
        "C:/Windows/Fonts/simsun.ttc",
        "/System/Library/Fonts/STHeiti Light.ttc",
        "/Library/Fonts/Arial Unicode.ttf",
        "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    };

    private PdfFonts() {
    }

    /** Thrown when no usable font was found; the message says what to install. */
    public static final class NoCjkFont extends IOException {
        private static final long serialVersionUID = 1L;

        NoCjkFont(String message) {
            super(message);
        }
    }

    /** The font files tried, in order. */
    static List<Path> candidates() {
        List<Path> out = new ArrayList<>();
        String override = System.getProperty("mountainsseas.pdfFont");
        if (override != null && !override.isBlank()) {
            out.add(Path.of(override));
        }
        for (String c : CANDIDATES) {
            out.add(Path.of(c));
        }
        return out;
    }

    /** Loads the first candidate that embeds and has Chinese glyphs. */
    public static PDType0Font load(PDDocument doc) throws NoCjkFont {
        return load(doc, candidates());
    }

    static PDType0Font load(PDDocument doc, List<Path> candidates) throws NoCjkFont {
        List<String> tried = new ArrayList<>();
        for (Path p : candidates) {
            if (!Files.isRegularFile(p)) {
                continue;
            }
            try {
                PDType0Font font = open(doc, p);
                if (font != null) {
                    return font;
                }
                tried.add(p + " (no embeddable Chinese font inside)");
            } catch (IOException | RuntimeException e) {
                tried.add(p + " (" + e.getMessage() + ")");
            }
        }
        throw new NoCjkFont("No font that can show Chinese could be embedded in the PDF. Install a TrueType CJK font "
                + "(on Debian/Ubuntu: apt-get install fonts-droid-fallback or fonts-wqy-microhei), or start the app with "
                + "-Dmountainsseas.pdfFont=/path/to/font.ttf. Tried: " + (tried.isEmpty() ? "none found" : String.join("; ", tried)));
    }

    private static PDType0Font open(PDDocument doc, Path p) throws IOException {
        String name = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".ttc")) {
            TrueTypeCollection ttc = new TrueTypeCollection(p.toFile());
            PDType0Font[] found = new PDType0Font[1];
            ttc.processAllFonts(ttf -> {
                if (found[0] == null && embeddable(ttf)) {
                    found[0] = PDType0Font.load(doc, ttf, true);
                }
            });
            return found[0];
        }
        PDType0Font font = PDType0Font.load(doc, p.toFile());
        return canShow(font, "山海") ? font : null;
    }

    /** Whether the font has glyphs for all of {@code s}. */
    static boolean canShow(org.apache.pdfbox.pdmodel.font.PDFont font, String s) {
        try {
            font.encode(s);
            return true;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            return false;
        }
    }

    /**
     * A font for Latin text and punctuation that CJK fonts often lack (DejaVu Sans or Arial if
     * present, embedded; else the standard Helvetica, which needs no embedding).
     */
    public static org.apache.pdfbox.pdmodel.font.PDFont latin(PDDocument doc) {
        for (String c : new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "C:/Windows/Fonts/arial.ttf",
                "/System/Library/Fonts/Supplemental/Arial.ttf", "/Library/Fonts/Arial.ttf"}) {
            Path p = Path.of(c);
            if (Files.isRegularFile(p)) {
                try {
                    return PDType0Font.load(doc, p.toFile());
                } catch (IOException | RuntimeException e) {
                    // try the next one
                }
            }
        }
        return new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA);
    }

    private static boolean embeddable(TrueTypeFont ttf) throws IOException {
        return ttf.getTableMap().containsKey("glyf") && ttf.getUnicodeCmapLookup(false) != null
                && ttf.getUnicodeCmapLookup(false).getGlyphId('山') > 0;
    }
}
