package org.mountainsseas.map;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.mountainsseas.fonts.Fonts;

/**
 * The bundled fonts for Java2D (the machine may have no Chinese font at all): the Latin faces and
 * the Chinese one read from the app's files once, and the face that can draw a whole text chosen
 * for it, as JavaFX falls back from {@link Fonts#SANS} to {@link Fonts#CJK}.
 */
final class AwtFonts {
    private static Font regular;
    private static Font bold;
    private static Font cjk;
    private static final Map<String, Font> SIZED = new HashMap<>();

    private AwtFonts() {
    }

    private static synchronized void load() {
        if (regular == null) {
            regular = read(Fonts.SANS_FILE);
            bold = read("NotoSans-Bold.ttf");
            cjk = read(Fonts.CJK_FILE);
        }
    }

    private static Font read(String file) {
        try (InputStream in = Fonts.open(file)) {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the bundled font " + file, e);
        }
    }

    /**
     * A text laid out like a JavaFX font of this weight and size: each character in the Latin face
     * if it has it, else in the Chinese one ("≈ 清凉峰镇" takes the "≈" from the first).
     */
    static java.text.AttributedCharacterIterator runs(String text, boolean isBold, double size) {
        Font latin;
        Font chinese;
        // a character neither has ("≈"): the system's sans serif, as JavaFX falls back to the system's fonts
        Font system = new Font(Font.SANS_SERIF, isBold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) size);
        synchronized (AwtFonts.class) {
            load();
            latin = sized("l" + isBold + size, () -> (isBold ? bold : regular).deriveFont((float) size));
            chinese = sized("c" + isBold + size, () -> cjk.deriveFont(isBold ? Font.BOLD : Font.PLAIN, (float) size));
        }
        java.text.AttributedString out = new java.text.AttributedString(text);
        int start = 0;
        Font current = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font f = latin.canDisplay(cp) ? latin : chinese.canDisplay(cp) ? chinese : system;
            if (current != null && f != current) {
                out.addAttribute(java.awt.font.TextAttribute.FONT, current, start, i);
                start = i;
            }
            current = f;
            i += Character.charCount(cp);
        }
        if (current != null) {
            out.addAttribute(java.awt.font.TextAttribute.FONT, current, start, text.length());
        }
        return out.getIterator();
    }

    private static Font sized(String key, java.util.function.Supplier<Font> make) {
        return SIZED.computeIfAbsent(key, k -> make.get());
    }
}
