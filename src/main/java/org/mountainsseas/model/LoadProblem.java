package org.mountainsseas.model;

/** A problem found while loading data: which file, which item, which field, and what is wrong. {@code item} and {@code field} may be null. */
public record LoadProblem(String file, String item, String field, String message) {

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
}
