package org.mountainsseas.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Texts prepared for find-as-you-type: their lower-case forms, their pinyin spellings and their
 * pinyin initials. Shared by the search box's index and the tables' filter fields, so a query
 * matches the same way everywhere (Chinese, pinyin with or without tones, initials, English).
 */
public record MatchKeys(List<String> plain, List<String> full, List<String> initials) {

    public MatchKeys {
        plain = List.copyOf(plain);
        full = List.copyOf(full);
        initials = List.copyOf(initials);
    }

    /** Keys for texts in any language (pinyin for those with Chinese characters); null or blank texts are skipped. */
    public static MatchKeys of(Iterable<String> texts) {
        List<String> plain = new ArrayList<>();
        List<String> full = new ArrayList<>();
        List<String> initials = new ArrayList<>();
        for (String t : texts) {
            if (t == null || t.isBlank()) {
                continue;
            }
            plain.add(t.toLowerCase(Locale.ROOT));
            if (t.codePoints().noneMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                continue;
            }
            Pinyin.Spellings s = Pinyin.of(t);
            full.addAll(s.full());
            initials.addAll(s.initials());
        }
        return new MatchKeys(plain, full, initials);
    }

    /** The query as {@link #score} expects it: stripped and lower case. */
    public static String normalize(String query) {
        return query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
    }

    /** Whether the query matches these texts; a blank query matches everything. */
    public boolean matches(String query) {
        String q = normalize(query);
        return q.isEmpty() || score(q, Pinyin.normalizeQuery(q)) > 0;
    }

    /**
     * How well a query matches, 0 for not at all: exact over prefix over substring, the plain text
     * over full pinyin over initials. {@code q} is {@link #normalize normalized}, {@code py} its
     * {@link Pinyin#normalizeQuery pinyin form}.
     */
    public int score(String q, String py) {
        int best = 0;
        for (String s : plain) {
            best = Math.max(best, rank(s, q, 100));
            // English: a word of the name starting with the query ("long" → "Longquan City")
            if (best < 70 && (" " + s).contains(" " + q)) {
                best = Math.max(best, 70);
            }
        }
        if (py.isEmpty()) {
            return best;
        }
        for (String s : full) {
            best = Math.max(best, rank(s, py, 90));
        }
        if (py.length() >= 2) {
            for (String s : initials) {
                best = Math.max(best, rank(s, py, 85));
            }
        }
        return best;
    }

    /** {@code top} for an exact match, less for a prefix, less again for a substring, 0 for none. */
    private static int rank(String candidate, String q, int top) {
        if (candidate.equals(q)) {
            return top;
        }
        if (candidate.startsWith(q)) {
            return top - 15;
        }
        return candidate.contains(q) ? top - 40 : 0;
    }
}
