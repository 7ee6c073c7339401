package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import org.mountainsseas.model.Dating;

/**
 * The rule that a date may not be more certain than its sources: every dating names in
 * {@code source} the source that gives it, which must be one of the fact's own {@code sources};
 * an {@code exact} date cannot do without one. A date that no source states is {@code by} (the
 * earliest report of it) or {@code circa} (worked out from "N years" wording), never exact.
 */
final class DateSource {
    private DateSource() {
    }

    /**
     * Checks {@code source} (null when the dating has none) of the dating in {@code field} of
     * {@code item}, whose own source list is {@code cited} (null when it has none yet).
     */
    static void check(Item item, String field, Dating.Qualifier qualifier, String source, JsonArray cited)
            throws LoadException {
        if (source == null) {
            if (qualifier == Dating.Qualifier.EXACT) {
                throw item.problem(field + ".source", "an exact date needs the id of the source that states it;"
                        + " if no source states the date, make it \"by\" (first reported) or \"circa\" (worked out)");
            }
            return;
        }
        if (cited == null || cited.isEmpty()) {
            return; // the fact's own empty or missing source list is the problem to report, and it is
        }
        if (!contains(cited, source)) {
            throw item.problem(field + ".source", Item.quote(source) + " is not one of this item's sources"
                    + " (the source of a date must also be listed in sources)");
        }
    }

    private static boolean contains(JsonArray cited, String id) {
        for (JsonElement e : cited) {
            if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() && e.getAsString().equals(id)) {
                return true;
            }
        }
        return false;
    }
}
