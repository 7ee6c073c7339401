package org.mountainsseas.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws mixed Chinese and Latin text with font fallback: each run of characters goes to the first
 * font that has glyphs for them; a character no font has is drawn as its plain-text stand-in
 * ("→" as "->", "−" as "-"), or as "?" when it has none.
 */
final class PdfText {
    private static final PDFont MISSING = new org.apache.pdfbox.pdmodel.font.PDType1Font(
            org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.SYMBOL);
    private final List<PDFont> fonts;
    private final java.util.Map<String, PDFont> chosen = new java.util.HashMap<>();
    private final java.util.Map<String, Float> widths = new java.util.HashMap<>();

    PdfText(PDFont... fonts) {
        this.fonts = List.of(fonts);
    }

    /** The fonts, first choice first. */
    List<PDFont> fonts() {
        return fonts;
    }

    /** Draws {@code s} with a {@code halo}-wide outline of {@code haloColor} under it, so it reads over lines and fills. */
    void showWithHalo(PDPageContentStream cs, float size, float x, float y, String s, java.awt.Color color,
                      java.awt.Color haloColor, float halo) throws IOException {
        cs.saveGraphicsState();
        cs.setStrokingColor(haloColor);
        cs.setLineWidth(halo);
        cs.setLineJoinStyle(1);
        cs.setRenderingMode(org.apache.pdfbox.pdmodel.graphics.state.RenderingMode.STROKE);
        show(cs, size, x, y, s);
        cs.restoreGraphicsState();
        cs.setNonStrokingColor(color);
        show(cs, size, x, y, s);
    }

    /** The width of {@code s} at {@code size} points, as {@link #show} draws it. */
    float width(float size, String s) throws IOException {
        float w = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            String ch = new String(Character.toChars(cp));
            Float unitWidth = widths.get(ch);
            if (unitWidth == null) {
                PDFont f = fontFor(ch);
                unitWidth = (f == null ? fonts.get(0).getStringWidth(standIn(cp)) : f.getStringWidth(ch)) / 1000;
                widths.put(ch, unitWidth);
            }
            w += unitWidth * size;
            i += Character.charCount(cp);
        }
        return w;
    }

    void show(PDPageContentStream cs, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.newLineAtOffset(x, y);
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            PDFont font = fontFor(new String(Character.toChars(cp)));
            StringBuilder run = new StringBuilder();
            while (i < s.length()) {
                int c = s.codePointAt(i);
                String ch = new String(Character.toChars(c));
                PDFont f = fontFor(ch);
                if (f != font) {
                    break;
                }
                run.append(font == null ? standIn(c) : ch);
                i += Character.charCount(c);
            }
            PDFont use = font == null ? fonts.get(0) : font;
            cs.setFont(use, size);
            cs.showText(run.toString());
        }
        cs.endText();
    }

    /** What is drawn for a character no font has: arrows and the minus sign as plain text, anything else as "?". */
    static String standIn(int cp) {
        return switch (cp) {
            case 0x2192, 0x27F6 -> "->";
            case 0x2190, 0x27F5 -> "<-";
            case 0x2194, 0x21C4, 0x21C6, 0x27F7 -> "<->";
            case 0x2212 -> "-";
            default -> "?";
        };
    }

    private PDFont fontFor(String ch) {
        // asking a font whether it has a glyph costs an encode attempt: a page of labels asks thousands of times
        return chosen.computeIfAbsent(ch, c -> {
            for (PDFont f : fonts) {
                if (PdfFonts.canShow(f, c)) {
                    return f;
                }
            }
            return MISSING;
        }) == MISSING ? null : chosen.get(ch);
    }
}
