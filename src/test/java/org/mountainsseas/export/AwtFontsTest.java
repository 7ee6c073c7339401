package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.awt.image.BufferedImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG map page's text in the bundled fonts: Chinese shows whatever fonts the machine has. */
class AwtFontsTest {

    @Test
    void latinGoesToNotoSansAndChineseToTheFallbackFace() {
        assertEquals("Noto Sans Bold", AwtFonts.forChar('M', Font.BOLD, 28).getFontName());
        Font chinese = AwtFonts.forChar('清', Font.BOLD, 28);
        assertEquals("Droid Sans Fallback", chinese.getFamily());
        assertTrue(chinese.isBold(), "emboldened");
        assertEquals(28, chinese.getSize2D(), 1e-6);
    }

    @Test
    void thePngPageDrawsItsChineseTitle() throws Exception {
        var image = MapPng.compose(page("山海协作 Mountains & Seas"));
        Path dir = Files.createDirectories(Path.of("target", "looks"));
        ImageIO.write(image, "png", dir.resolve("map-page.png").toFile());
        // a font without the glyphs draws the same box for every character: two titles must differ
        BufferedImage mountain = MapPng.compose(page("山")), sea = MapPng.compose(page("海"));
        boolean differ = false;
        for (int y = 0; y < 60; y++) {
            for (int x = 0; x < 80; x++) {
                differ |= mountain.getRGB(x, y) != sea.getRGB(x, y);
            }
        }
        assertTrue(differ, "山 and 海 draw the same: Chinese shows as boxes");
    }

    private static MapPage page(String title) {
        return new MapPage(title, "浙江 · 清大线", new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB), 500, null,
                "2026-11-23", List.of("天地图 Tianditu"), MapPage.PaperSize.A4);
    }
}
