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

    /**
     * Two different values cut so that they still read differently (a report's "before" and
     * "after"): as {@link #toLength} when that already tells them apart; otherwise each keeps its
     * first quarter of {@code max}, then "…" and the part around the first difference. Each result
     * has at most {@code max} characters. Returns {before, after}; nulls stay null.
     */
    public static String[] apart(String a, String b, int max) {
        String ca = toLength(a, max), cb = toLength(b, max);
        if (a == null || b == null || a.equals(b) || !ca.equals(cb)) {
            return new String[] {ca, cb};
        }
        int[] pa = a.codePoints().toArray(), pb = b.codePoints().toArray();
        int d = 0;
        while (d < pa.length && d < pb.length && pa[d] == pb[d]) {
            d++;
        }
        int head = max / 4;
        int from = Math.max(head, d - max / 4);
        return new String[] {around(pa, head, from, max), around(pb, head, from, max)};
    }

    /** The first {@code head} characters, "…", then from {@code from} as many as fit, and "…" if more follow. */
    private static String around(int[] cps, int head, int from, int max) {
        int room = max - head - 2;
        int start = Math.min(from, cps.length);
        int end = Math.min(cps.length, start + room);
        StringBuilder out = new StringBuilder(new String(cps, 0, head)).append('…').append(new String(cps, start, end - start));
        if (end < cps.length) {
            out.append('…');
        }
        return out.toString();
    }
}
