package org.mountainsseas.i18n;

import java.text.BreakIterator;

/**
 * How much of a long name the UI lays out. A data file may give a county a name of up to 100
 * characters with combining marks (data/TextPolicy); laying that out in the side panel, a table
 * cell or a kiosk card costs JavaFX many times a real name's work (combining marks are shaped as
 * complex text, and wrapping re-shapes the rest of the line for each line), enough to miss frames.
 * So a name longer than {@link #NAME} characters is shown cut at a character boundary with an
 * ellipsis; the view that shows it offers the full name on demand (a tooltip, the accessible text).
 * Every real county, city and partner name is far shorter, so none is ever cut. Pure.
 */
public final class ShownText {
    /** The most characters of a name a label shows (the longest real county name, "Jingning She Autonomous County", has 30). */
    public static final int NAME = 40;
    private static final String ELLIPSIS = "…";

    private ShownText() {
    }

    /** The name as a label shows it: itself, or its first characters and an ellipsis when longer than {@link #NAME}. */
    public static String name(String full) {
        return clip(full, NAME);
    }

    /** Whether {@link #name} cuts this name (the view then offers the full one). */
    public static boolean cut(String full) {
        return full != null && full.codePointCount(0, full.length()) > NAME;
    }

    /**
     * {@code s} itself when it has at most {@code max} code points; otherwise its longest start of
     * fewer than {@code max} code points that ends between two user-perceived characters (a base
     * letter keeps its combining marks; a surrogate pair is never split), trailing spaces dropped,
     * then "…". The result never has more than {@code max} code points.
     */
    public static String clip(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        int limit = s.offsetByCodePoints(0, Math.max(0, max - 1));
        BreakIterator chars = BreakIterator.getCharacterInstance(java.util.Locale.ROOT);
        chars.setText(s);
        int end = chars.preceding(limit + 1);
        if (end == BreakIterator.DONE) {
            end = 0;
        }
        return s.substring(0, end).stripTrailing() + ELLIPSIS;
    }
}
