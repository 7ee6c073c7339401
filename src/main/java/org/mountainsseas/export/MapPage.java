package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * What goes on an exported map page. {@code metresPerPixel} is the map's ground scale at the
 * image's centre (for the scale bar); {@code legend} is an image of the legend, or null.
 */
public record MapPage(String title, String subtitle, BufferedImage map, double metresPerPixel, BufferedImage legend,
                      String date, List<String> credits, PaperSize paper) {

    /** Landscape paper sizes, in PDF points. */
    public enum PaperSize {
        A4(841.89f, 595.28f), A3(1190.55f, 841.89f);

        private final float width;
        private final float height;

        PaperSize(float width, float height) {
            this.width = width;
            this.height = height;
        }

        public float width() {
            return width;
        }

        public float height() {
            return height;
        }
    }

    public MapPage {
        credits = List.copyOf(credits);
    }
}
