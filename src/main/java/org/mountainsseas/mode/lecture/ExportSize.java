package org.mountainsseas.mode.lecture;

import java.util.Locale;

/** Parses export sizes such as "1920x1080" (also "1920×1080"), within 320×240 … 8192×8192. */
final class ExportSize {
    private ExportSize() {
    }

    /** {width, height}, or null if the text is not a size in range. */
    static int[] parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).replace('×', 'x').split("\\s*x\\s*");
        if (parts.length != 2) {
            return null;
        }
        try {
            int w = Integer.parseInt(parts[0]);
            int h = Integer.parseInt(parts[1]);
            return w < 320 || h < 240 || w > 8192 || h > 8192 ? null : new int[] {w, h};
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
