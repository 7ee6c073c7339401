package org.mountainsseas.model;

/**
 * A problem found while loading data: which file, which item, which field, and what is wrong.
 * {@code item} and {@code field} may be null. {@code message} is the technical English line for
 * logs; {@code forPeople}, when not null, says the same to the user in both languages (see
 * {@link #describe(Language)}).
 */
public record LoadProblem(String file, String item, String field, String message, Text forPeople) {
    /** Longest item, field or file name kept; a hostile file can put megabytes in an id. */
    static final int MAX_PART = 120;
    /** Longest message kept. */
    static final int MAX_MESSAGE = 400;

    public LoadProblem {
        file = cut(file, MAX_PART);
        item = cut(item, MAX_PART);
        field = cut(field, MAX_PART);
        message = cut(message, MAX_MESSAGE);
    }

    /** A problem with only the technical message, as data files report them. */
    public LoadProblem(String file, String item, String field, String message) {
        this(file, item, field, message, null);
    }

    private static String cut(String s, int max) {
        return Cut.toLength(s, max);
    }

    /** One line for people: {@code file › item › field: message}. */
    public String describe() {
        StringBuilder b = new StringBuilder(file);
        if (item != null) {
            b.append(" › ").append(item);
        }
        if (field != null) {
            b.append(" › ").append(field);
        }
        return b.append(": ").append(message).toString();
    }

    /** One line for the user in their language: the words for people when there are any, else {@link #describe()}. */
    public String describe(Language language) {
        return forPeople != null ? forPeople.get(language) : describe();
    }
}
