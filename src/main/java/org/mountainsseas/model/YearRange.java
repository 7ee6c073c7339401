package org.mountainsseas.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Which years the data cover: the one answer for the timeline, its player and the review's year
 * filters. From the earliest dated thing (a timeline event, pairing, enclave or project) to the
 * latest of those and the data's own date, so newer data widen it without a code change.
 */
public record YearRange(int first, int last) {
    /** The formal start of the mountain–sea cooperation: the range of data that date nothing. */
    public static final int FORMAL_START = 2002;

    public YearRange {
        if (last < first) {
            throw new IllegalArgumentException("a range from " + first + " to " + last);
        }
    }

    public static YearRange of(Dataset data) {
        List<Dating> dates = new ArrayList<>();
        data.timeline().forEach(e -> dates.add(e.date()));
        data.pairings().forEach(p -> dates.add(p.since()));
        data.enclaves().forEach(e -> dates.add(e.opened()));
        data.projects().forEach(p -> dates.add(p.year()));
        int first = Integer.MAX_VALUE;
        int last = Integer.MIN_VALUE;
        for (Dating d : dates) {
            if (d != null && d.year() != null) {
                first = Math.min(first, d.year());
                last = Math.max(last, d.year());
            }
        }
        if (data.dataDate() != null && data.dataDate().matches("\\d{4}.*")) {
            last = Math.max(last, Integer.parseInt(data.dataDate().substring(0, 4)));
        }
        if (first == Integer.MAX_VALUE) {
            first = FORMAL_START;
        }
        return new YearRange(first, Math.max(first, last));
    }

    /** {@code year}, moved into the range if it lies outside. */
    public int clamp(int year) {
        return Math.max(first, Math.min(last, year));
    }

    /**
     * The year {@code delta} years on from {@code year}, in the range; from "all years · today" (null) a step
     * back starts at the last year and a step on at the first, as the timeline's keys do.
     */
    public int step(Integer year, int delta) {
        return clamp(year == null ? (delta < 0 ? last : first) : year + delta);
    }

    /** How many years the range holds, both ends counted. */
    public int size() {
        return last - first + 1;
    }
}
