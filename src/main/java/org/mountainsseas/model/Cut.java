package org.mountainsseas.model;

/** Text cut to a readable length, ending in "…": the one home of the rule for messages, reports and labels. */
public final class Cut {
    private Cut() {
    }

    /**
     * {@code s} if it has at most {@code max} characters (code points, so a character outside the
     * Basic Multilingual Plane is never split); otherwise its first {@code max - 1}, without the
     * spaces they end in, and "…". Null stays null.
     */
    public static String toLength(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, Math.max(0, max - 1))).stripTrailing() + "…";
    }
}
