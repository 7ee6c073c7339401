package org.mountainsseas.fonts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled fonts: they load, they are the families the CSS names, and Chinese shows without a system CJK font. */
@Tag("ui")
class FontsTest {

    @Test
    void theBundledFamiliesLoadOnce() throws Exception {
        FxToolkit.registerPrimaryStage();
        List<Font> fonts = Fonts.load();
        assertEquals(List.of("Noto Sans", "Noto Sans", "Noto Sans", "Droid Sans Fallback"), fonts.stream().map(Font::getFamily).toList());
        assertTrue(Fonts.load() == fonts, "a second call registers nothing new");
        assertEquals("Noto Sans Bold", Fonts.sans(FontWeight.BOLD, 12).getName());
    }

    @Test
    void chineseDrawnInTheLatinFaceFallsBackToTheBundledCjkFace() throws Exception {
        FxToolkit.registerPrimaryStage();
        Fonts.load();
        // a font without the glyph draws the same empty box for every character: two different ones must differ
        Image mountain = WaitForAsyncUtils.asyncFx(() -> glyph("山")).get();
        Image sea = WaitForAsyncUtils.asyncFx(() -> glyph("海")).get();
        assertFalse(samePixels(mountain, sea), "山 and 海 draw the same: Chinese shows as boxes");
    }

    @Test
    void theStylesheetsNameTheBundledFamiliesFirst() throws IOException {
        String family = "-fx-font-family: \"" + Fonts.SANS + "\", \"" + Fonts.CJK + "\"";
        for (String css : List.of("/org/mountainsseas/app/app.css", "/org/mountainsseas/mode/lecture-print.css",
                "/org/mountainsseas/mode/lecture-projector.css")) {
            try (InputStream in = Fonts.class.getResourceAsStream(css)) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                assertTrue(text.contains(family), css + " names " + family);
            }
        }
    }

    private static Image glyph(String s) {
        Text t = new Text(s);
        t.setFont(Fonts.sans(FontWeight.NORMAL, 32));
        return t.snapshot(null, null);
    }

    private static boolean samePixels(Image a, Image b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        PixelReader ra = a.getPixelReader(), rb = b.getPixelReader();
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
