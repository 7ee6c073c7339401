package org.mountainsseas.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A sheet of ISO paper, A4 to A2, portrait or landscape; sizes in PDF points (1/72 inch). */
public record Paper(String size, boolean landscape) {
    private static final float MM = 72f / 25.4f;

    public Paper {
        if (!List.of("A4", "A3", "A2").contains(size)) {
            throw new IllegalArgumentException("paper must be A4, A3 or A2, not " + size);
        }
    }

    public static final Paper A4_LANDSCAPE = new Paper("A4", true);

    /** "A3", "a3-portrait", "A2-LANDSCAPE": landscape unless it says portrait. */
    public static Paper parse(String text) {
        String t = text.toUpperCase(Locale.ROOT);
        return new Paper(t.substring(0, 2), !t.endsWith("-PORTRAIT"));
    }

    /** A4, A3 and A2, each landscape then portrait. */
    public static List<Paper> all() {
        List<Paper> out = new ArrayList<>();
        for (String s : List.of("A4", "A3", "A2")) {
            out.add(new Paper(s, true));
            out.add(new Paper(s, false));
        }
        return out;
    }

    private float shortSide() {
        switch (size) {
            case "A2": return 420 * MM;
            case "A3": return 297 * MM;
            default: return 210 * MM;
        }
    }

    private float longSide() {
        return (float) (shortSide() * Math.sqrt(2));
    }

    public float width() {
        return landscape ? longSide() : shortSide();
    }

    public float height() {
        return landscape ? shortSide() : longSide();
    }

    /** How much larger than A4 lines and text are drawn: 1 on A4, √2 on A3, 2 on A2. */
    public float unit() {
        return shortSide() / (210 * MM);
    }

    /** "A3-portrait", as the command line takes it. */
    public String code() {
        return size + (landscape ? "-landscape" : "-portrait");
    }
}
