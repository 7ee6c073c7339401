package org.mountainsseas.export;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws mixed Chinese and Latin text with font fallback: each run of characters goes to the first
 * font that has glyphs for them; a character no font has is drawn as "?".
 */
final class PdfText {
    private final List<PDFont> fonts;

    PdfText(PDFont... fonts) {
        this.fonts = List.of(fonts);
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
                run.append(font == null ? "?" : ch);
                i += Character.charCount(c);
            }
            PDFont use = font == null ? fonts.get(0) : font;
            cs.setFont(use, size);
            cs.showText(run.toString());
        }
        cs.endText();
    }

    private PDFont fontFor(String ch) {
        for (PDFont f : fonts) {
            if (PdfFonts.canShow(f, ch)) {
                return f;
            }
        }
        return null;
    }
}
