package org.mountainsseas.export;

import java.awt.Color;
import org.mountainsseas.model.CountyClass;

/**
 * The colours of a printed map: the app's print theme (light sea, clear fills, dark lines) in AWT
 * colours for PDFBox, plus the timeline's two extra fills. Line widths and text sizes are in points
 * at the unit scale of {@link MapPainter}.
 */
final class PrintStyle {
    static final Color SEA = new Color(0xeef5f9);
    static final Color NEIGHBOUR_FILL = new Color(0xf1f1f1);
    static final Color NEIGHBOUR_BORDER = new Color(0x9e9e9e);
    static final Color MOUNTAIN = new Color(0x8cc084);
    static final Color PARTNER = new Color(0x8fb8e3);
    static final Color OTHER = new Color(0xf6f1e3);
    /** An island county on the 2024 list (timeline years). */
    static final Color ISLAND = new Color(0x7cc6b8);
    /** A county that was on the list and had left it (timeline years). */
    static final Color LEFT_LIST = new Color(0xd4e6c9);
    static final Color COUNTY_BORDER = Color.WHITE;
    static final Color CITY_BORDER = new Color(0x37474f);
    static final Color SELECTION = new Color(0xd84315);
    static final Color QINGDA = new Color(0xb71c1c);
    static final Color ARC_MOUNTAIN = new Color(0x1b5e20);
    static final Color ARC_SEA = new Color(0x0d47a1);
    static final Color ENCLAVE = new Color(0xbf360c);
    static final Color LABEL = new Color(0x111111);
    static final Color GREY_TEXT = new Color(0x455a64);
    static final Color FRAME = new Color(0x90a4ae);
    /** How far a county outside the selection or the filter is faded towards white. */
    static final double DIM = 0.62;

    private PrintStyle() {
    }

    static Color fill(CountyClass c) {
        switch (c) {
            case MOUNTAIN: return MOUNTAIN;
            case PARTNER: return PARTNER;
            default: return OTHER;
        }
    }

    /** {@code c} moved a share {@code t} of the way to {@code to}. */
    static Color blend(Color c, Color to, double t) {
        return new Color((int) Math.round(c.getRed() + (to.getRed() - c.getRed()) * t),
                (int) Math.round(c.getGreen() + (to.getGreen() - c.getGreen()) * t),
                (int) Math.round(c.getBlue() + (to.getBlue() - c.getBlue()) * t));
    }
}
