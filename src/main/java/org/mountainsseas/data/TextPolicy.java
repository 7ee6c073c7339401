package org.mountainsseas.data;

import java.util.Locale;
import java.util.Set;

/**
 * What text a data file may hold, per kind of field: a length cap (names 100 characters, places and
 * source dates 200, titles and labels 300, notes, definitions, events, captions and speaker notes 2,000; ids, codes and
 * links have their own format checks), no control
 * characters (a line break only in the long kinds), no bidirectional overrides or isolates
 * (U+202A–202E, U+2066–2069: they make text read differently from how it is stored) and no run of
 * more than {@value #MAX_COMBINING_RUN} combining marks. Together the caps bound what any label or
 * panel has to lay out. Documented in docs/bad-inputs.md, "Text".
 */
public final class TextPolicy {
    public static final int NAME = 100;
    static final int PLACE = 200;
    static final int TITLE = 300;
    static final int LONG = 2000;
    /** Longest run of combining marks on one base character (Vietnamese needs two; stacked "zalgo" text hundreds). */
    static final int MAX_COMBINING_RUN = 4;
    private static final Set<String> NAMES = Set.of("name", "city", "partnerName", "publisher", "series", "townCode");
    private static final Set<String> PLACES = Set.of("place", "hostPlace", "beneficiaryName", "locationPlace", "date");
    private static final Set<String> TITLES = Set.of("title", "label");
    private static final Set<String> MULTILINE = Set.of("note", "definition", "coordinateNote", "untilNote", "typeNote",
            "confidenceNote", "event", "text", "caption", "notes");

    private TextPolicy() {
    }

    /** The most characters {@code field} may hold; {@link Integer#MAX_VALUE} for a field checked by its format (ids, codes, links). */
    static int maxLength(String field) {
        return NAMES.contains(field) ? NAME : PLACES.contains(field) ? PLACE : TITLES.contains(field) ? TITLE
                : MULTILINE.contains(field) ? LONG : Integer.MAX_VALUE;
    }

    /** Why {@code value} may not be the text of {@code field}, or null when it may. */
    static String problem(String field, String value) {
        Refusal r = refusal(field, value);
        return r == null ? null : r.message();
    }

    /** Why {@code value} may not be the text of {@code field} (for a form to say in the user's language), or null when it may. */
    public static Refusal refusal(String field, String value) {
        int max = maxLength(field);
        int length = value.codePointCount(0, value.length());
        if (length > max) {
            return new Refusal(Refusal.Kind.TOO_LONG, max, length, false);
        }
        boolean lines = MULTILINE.contains(field);
        int run = 0;
        for (int i = 0, at = 1; i < value.length(); at++) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            int type = Character.getType(c);
            if (type == Character.CONTROL && !(lines && c == '\n')) {
                return new Refusal(Refusal.Kind.CONTROL, c, at, lines);
            }
            if (c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069) {
                return new Refusal(Refusal.Kind.BIDI, c, at, lines);
            }
            boolean mark = type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK;
            run = mark ? run + 1 : 0;
            if (run > MAX_COMBINING_RUN) {
                return new Refusal(Refusal.Kind.COMBINING, MAX_COMBINING_RUN, at, lines);
            }
        }
        return null;
    }

    /**
     * Why a text was refused. {@code value} is the cap ({@link Kind#TOO_LONG}, with {@code at} the
     * length found), the code point ({@link Kind#CONTROL}, {@link Kind#BIDI}) or the longest run
     * allowed ({@link Kind#COMBINING}); {@code at} is otherwise the 1-based character it was found at.
     */
    public record Refusal(Kind kind, int value, int at, boolean lines) {
        /** The kinds of refusal. */
        public enum Kind { TOO_LONG, CONTROL, BIDI, COMBINING }

        /** The code point as {@code U+000B}. */
        public String codePoint() {
            return hex(value);
        }

        /** The refusal in English, for load problems and logs. */
        public String message() {
            return switch (kind) {
                case TOO_LONG -> at + " characters; at most " + value + " for this field";
                case CONTROL -> "holds the control character " + hex(value) + " at character " + at + " (remove it"
                        + (lines ? "; only line breaks are allowed here)" : ")");
                case BIDI -> "holds the bidirectional control " + hex(value) + " at character " + at
                        + ", which makes the text read differently from how it is stored (remove it)";
                case COMBINING -> "stacks more than " + value + " combining marks on one character at character " + at;
            };
        }
    }

    private static String hex(int c) {
        return String.format(Locale.ROOT, "U+%04X", c);
    }
}
