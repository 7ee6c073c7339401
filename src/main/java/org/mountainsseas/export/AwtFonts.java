package org.mountainsseas.export;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.mountainsseas.fonts.Fonts;

/**
 * The app's bundled fonts for text drawn with Java2D (the PNG map page). Java2D's logical
 * "SansSerif" would show Chinese as boxes on a machine without a CJK font.
 */
final class AwtFonts {
    private static Font sans;
    private static Font sansBold;
    private static Font cjk;
    private static final java.util.Map<String, Font> derived = new java.util.HashMap<>();

    private AwtFonts() {
    }

    /**
     * Draws {@code text} at ({@code x}, {@code y}) in this style ({@link Font#PLAIN}, {@link Font#BOLD})
     * and size: each run of characters in Noto Sans if it has them, else in Droid Sans Fallback (which
     * has Chinese but no Latin letters; Java2D emboldens it, as it has no bold face).
     */
    static void draw(Graphics2D g, String text, int style, float size, float x, float y) {
        float at = x;
        int i = 0;
        while (i < text.length()) {
            Font font = forChar(text.codePointAt(i), style, size);
            int end = i;
            while (end < text.length() && forChar(text.codePointAt(end), style, size) == font) {
                end += Character.charCount(text.codePointAt(end));
            }
            String run = text.substring(i, end);
            g.setFont(font);
            g.drawString(run, at, y);
            at += (float) font.getStringBounds(run, g.getFontRenderContext()).getWidth();
            i = end;
        }
    }

    /** The bundled font for this character (Noto Sans unless it lacks it), in this style and size. */
    static synchronized Font forChar(int codePoint, int style, float size) {
        if (cjk == null) {
            sans = read(Fonts.SANS_FILE);
            sansBold = read("NotoSans-Bold.ttf");
            cjk = read(Fonts.CJK_FILE);
        }
        Font latin = style == Font.BOLD ? sansBold : sans;
        boolean useLatin = latin.canDisplay(codePoint) || !cjk.canDisplay(codePoint);
        String key = (useLatin ? "l" : "c") + style + "/" + size;
        return derived.computeIfAbsent(key, k -> useLatin ? latin.deriveFont(size) : cjk.deriveFont(style, size));
    }

    private static Font read(String file) {
        try (InputStream in = Fonts.open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the bundled font " + file + " is not TrueType", e);
        }
    }
}
