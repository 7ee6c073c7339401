package org.mountainsseas.data;

/**
 * Reads a JSON number's text as a double, the same double as {@link Double#parseDouble}, faster
 * for the plain decimals that fill a GeoJSON file ({@code -?digits[.digits]}, at most 15
 * significant digits): the digits make an integer below 2<sup>53</sup> and the power of ten is at
 * most 10<sup>22</sup>, both exact as doubles, so one division rounds correctly (Clinger's fast
 * path). Anything else (an exponent, more digits) goes to {@link Double#parseDouble}.
 */
final class Decimals {
    private static final double[] POWERS = new double[23];

    static {
        POWERS[0] = 1;
        for (int i = 1; i < POWERS.length; i++) {
            POWERS[i] = POWERS[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    static double parse(String text) {
        int n = text.length();
        int i = n > 0 && text.charAt(0) == '-' ? 1 : 0;
        long digits = 0;
        int significant = 0, decimals = 0;
        boolean point = false, any = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                any = true;
                if (significant > 0 || c != '0') {
                    significant++;
                }
                if (significant > 15) {
                    return Double.parseDouble(text);
                }
                digits = digits * 10 + (c - '0');
                if (point) {
                    decimals++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.parseDouble(text);
            }
        }
        if (!any || decimals >= POWERS.length) {
            return Double.parseDouble(text);
        }
        double value = digits / POWERS[decimals];
        return text.charAt(0) == '-' ? -value : value;
    }
}
