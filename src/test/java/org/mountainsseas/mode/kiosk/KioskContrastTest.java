package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Text contrast in the kiosk, computed from the colours the kiosk stylesheet itself sets (WCAG
 * 2.x relative luminance): every text colour of the visitor layout against the background it is
 * drawn on is at least 4.5:1. A translucent background is composed over black, its worst case.
 */
class KioskContrastTest {
    private static final String CSS = KioskStyle.css(96);

    /** Text (selector, property) over background (selector, property). */
    private static final String[][] PAIRS = {
            {".kiosk-headline .kiosk-title", ".kiosk-headline"},
            {".kiosk-headline .kiosk-sentence", ".kiosk-headline"},
            {".kiosk-figure .kiosk-number", ".kiosk-figure"},
            {".kiosk-figure .kiosk-number-label", ".kiosk-figure"},
            {".kiosk-figure .kiosk-number-date", ".kiosk-figure"},
            {".kiosk-figure .kiosk-source", ".kiosk-figure"},
            {"#kiosk-side-mountains", ".kiosk-side"},
            {"#kiosk-side-coast", ".kiosk-side"},
            {".kiosk-card-name", ".kiosk-visitor-card-content"},
            {".kiosk-card-name-en", ".kiosk-visitor-card-content"},
            {".kiosk-card-section", ".kiosk-visitor-card-content"},
            {".kiosk-story .kiosk-number", ".kiosk-visitor-card-content"},
            {".kiosk-story-title", ".kiosk-visitor-card-content"},
            {".kiosk-story .kiosk-source", ".kiosk-visitor-card-content"},
            {".kiosk-chip", ".kiosk-chip"},
            {".kiosk-bar-button.primary", ".kiosk-bar-button.primary"},
            {".kiosk-then-caption", ".kiosk-bottom"},
            {".kiosk-picker-title", ".kiosk-picker"},
            {".kiosk-choice", ".kiosk-choice"},
            {".attract-caption .zh", ".attract-caption"},
            {".attract-caption .en", ".attract-caption"},
            {".attract-touch", ".attract-touch"},
    };

    @Test
    void everyTextColourOfTheVisitorLayoutHasAContrastOfAtLeast4point5() {
        List<String> low = new ArrayList<>();
        for (String[] pair : PAIRS) {
            double ratio = contrast(colour(pair[0], "-fx-text-fill"), colour(pair[1], "-fx-background-color"));
            if (ratio < 4.5) {
                low.add(pair[0] + " on " + pair[1] + ": " + String.format("%.2f", ratio) + ":1");
            }
        }
        // rules that set both, such as the bar's buttons and the years, are checked as they stand
        for (String both : List.of(".kiosk-card-close, .kiosk-card-more", ".kiosk-bar-button, .kiosk-year",
                ".kiosk-year:selected, #pause-motion:selected")) {
            double ratio = contrast(colour(both, "-fx-text-fill"), colour(both, "-fx-background-color"));
            if (ratio < 4.5) {
                low.add(both + ": " + String.format("%.2f", ratio) + ":1");
            }
        }
        assertTrue(low.isEmpty(), String.join("\n", low));
    }

    @Test
    void theContrastMathsMatchesKnownValues() {
        assertEquals(21, contrast(new double[] {0, 0, 0}, new double[] {1, 1, 1}), 0.01);
        assertEquals(4.54, contrast(rgba("#767676"), rgba("#ffffff")), 0.01, "the classic 4.5:1 grey on white");
    }

    /** The colour a rule sets for a property, as r, g, b in 0–1 (a translucent colour composed over black). */
    static double[] colour(String selector, String property) {
        Matcher rule = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)\\}").matcher(CSS);
        assertTrue(rule.find(), "kiosk.css has a rule " + selector);
        Matcher value = Pattern.compile(Pattern.quote(property) + ":\\s*([^;]+);").matcher(rule.group(1));
        assertTrue(value.find(), selector + " sets " + property);
        return rgba(value.group(1).trim());
    }

    static double[] rgba(String css) {
        if (css.startsWith("#")) {
            int v = Integer.parseInt(css.substring(1), 16);
            return new double[] {(v >> 16 & 255) / 255.0, (v >> 8 & 255) / 255.0, (v & 255) / 255.0};
        }
        if (css.equals("white")) {
            return new double[] {1, 1, 1};
        }
        Matcher m = Pattern.compile("rgba\\((\\d+),\\s*(\\d+),\\s*(\\d+),\\s*([\\d.]+)\\)").matcher(css);
        assertTrue(m.matches(), "a colour I can read: " + css);
        double a = Double.parseDouble(m.group(4));
        return new double[] {Integer.parseInt(m.group(1)) / 255.0 * a, Integer.parseInt(m.group(2)) / 255.0 * a,
                Integer.parseInt(m.group(3)) / 255.0 * a};
    }

    static double contrast(double[] a, double[] b) {
        double la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(double[] c) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            lin[i] = c[i] <= 0.04045 ? c[i] / 12.92 : Math.pow((c[i] + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }
}
