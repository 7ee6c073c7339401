package org.mountainsseas.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Splits text into runs of one font each (the first font that has the character; characters no
 * font has are dropped, the page image still shows them) and wraps them into lines of a width.
 */
final class TextRuns {
    /** Text to show in one font. */
    record Run(PDFont font, String text) {
    }

    private TextRuns() {
    }

    static List<List<Run>> wrap(String text, List<PDFont> fonts, float size, float width) throws IOException {
        List<List<Run>> lines = new ArrayList<>();
        List<Run> line = new ArrayList<>();
        float used = 0;
        int[] cps = text.codePoints().toArray();
        for (int cp : cps) {
            String ch = new String(Character.toChars(cp));
            PDFont font = fontFor(ch, fonts);
            if (font == null) {
                continue;
            }
            float w = font.getStringWidth(ch) / 1000 * size;
            if (used + w > width && !line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            int last = line.size() - 1;
            if (last >= 0 && line.get(last).font() == font) {
                line.set(last, new Run(font, line.get(last).text() + ch));
            } else {
                line.add(new Run(font, ch));
            }
            used += w;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static PDFont fontFor(String ch, List<PDFont> fonts) {
        for (PDFont f : fonts) {
            try {
                f.encode(ch);
                return f;
            } catch (IOException | IllegalArgumentException | IllegalStateException e) {
                // not in this font
            }
        }
        return null;
    }
}
