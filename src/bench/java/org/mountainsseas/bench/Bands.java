package org.mountainsseas.bench;

import java.util.ArrayList;
import java.util.List;

/** Splits a frame's rows into horizontal bands that threads can draw side by side. */
final class Bands {
    /** Rows {@code [top, bottom)} of one band. */
    record Band(int top, int bottom) {
        int height() {
            return bottom - top;
        }
    }

    private Bands() {
    }

    /**
     * {@code n} bands covering rows {@code 0 … height-1} top to bottom, without gaps or overlaps,
     * their heights differing by at most one row (the taller ones first).
     */
    static List<Band> split(int height, int n) {
        if (height < 0 || n < 1) {
            throw new IllegalArgumentException("height " + height + ", bands " + n);
        }
        List<Band> out = new ArrayList<>(n);
        int base = height / n, extra = height % n, top = 0;
        for (int i = 0; i < n; i++) {
            int h = base + (i < extra ? 1 : 0);
            out.add(new Band(top, top + h));
            top += h;
        }
        return List.copyOf(out);
    }
}
