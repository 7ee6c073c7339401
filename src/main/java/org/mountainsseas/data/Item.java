package org.mountainsseas.data;

import org.mountainsseas.model.Cut;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Adcode;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Text;

/**
 * Typed, checked access to one JSON object of a data file. Every getter throws a
 * {@link LoadException} naming the file, the item and the field when the value is missing or wrong.
 */
final class Item {
    /** The units a figure may have (docs/data-format.md). */
    static final Set<String> UNITS = Set.of("yuan", "mu", "km2", "m2", "m", "count", "ratio", "years",
            "person-times", "kg", "percent");

    private final String file;
    private final JsonObject json;
    private String label;

    private Item(String file, JsonObject json, String label) {
        this.file = file;
        this.json = json;
        this.label = label;
    }

    /** Wraps element {@code index} of a file's items; it must be an object. */
    static Item of(String file, JsonElement element, int index) throws LoadException {
        String label = "item " + (index + 1);
        if (element == null || !element.isJsonObject()) {
            throw new LoadException(new LoadProblem(file, label, null, "expected an object"));
        }
        return new Item(file, element.getAsJsonObject(), label);
    }

    /** A nested object of this item, reported as part of it. */
    Item child(String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || !e.isJsonObject()) {
            throw problem(field, "expected an object");
        }
        return new Item(file, e.getAsJsonObject(), label + " › " + field);
    }

    List<Item> children(String field) throws LoadException {
        JsonArray array = array(field);
        List<Item> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonObject()) {
                throw problem(field + "[" + i + "]", "expected an object");
            }
            out.add(new Item(file, e.getAsJsonObject(), label + " › " + field + "[" + i + "]"));
        }
        return out;
    }

    /** Names the item by its id from now on, so later messages read "pairings.json › PR03 › since". */
    void named(String id) {
        this.label = id;
    }

    String label() {
        return label;
    }

    LoadException problem(String field, String message) {
        return new LoadException(new LoadProblem(file, label, field, message));
    }

    boolean has(String field) {
        JsonElement e = json.get(field);
        return e != null && !e.isJsonNull();
    }

    String string(String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull()) {
            throw problem(field, "is missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw problem(field, "expected text, found " + kind(e));
        }
        String s = e.getAsString().strip();
        if (s.isEmpty()) {
            throw problem(field, "is blank");
        }
        return allowed(field, field, s);
    }

    /** {@code value} if {@link TextPolicy} allows it in {@code kind} of field, else the problem naming {@code field}. */
    private String allowed(String kind, String field, String value) throws LoadException {
        String why = TextPolicy.problem(kind, value);
        if (why != null) {
            throw problem(field, why);
        }
        return value;
    }

    String optString(String field) throws LoadException {
        return has(field) ? string(field) : null;
    }

    String id(String field, String pattern) throws LoadException {
        String s = string(field);
        if (!s.matches(pattern)) {
            throw problem(field, quote(s) + " is not a valid id (expected " + pattern + ")");
        }
        return s;
    }

    /** A 6-digit Zhejiang adcode that must be among {@code known}. */
    String adcode(String field, Set<String> known) throws LoadException {
        String s = string(field);
        if (!Adcode.isZhejiang(s)) {
            throw problem(field, quote(s) + " is not a Zhejiang adcode (6 digits starting with 33)");
        }
        if (!known.contains(s)) {
            throw problem(field, "unknown county adcode " + cut(s));
        }
        return s;
    }

    String optAdcode(String field, Set<String> known) throws LoadException {
        return has(field) ? adcode(field, known) : null;
    }

    List<String> adcodes(String field, Set<String> known) throws LoadException {
        JsonArray array = array(field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            String f = field + "[" + i + "]";
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw problem(f, "expected an adcode");
            }
            String s = e.getAsString();
            if (!known.contains(s)) {
                throw problem(f, "unknown county adcode " + cut(s));
            }
            out.add(s);
        }
        return out;
    }

    int integer(String field, int min, int max) throws LoadException {
        double d = number(field);
        if (d != Math.rint(d) || d < min || d > max) {
            throw problem(field, "expected a whole number from " + min + " to " + max + ", found " + fmt(d));
        }
        return (int) d;
    }

    Integer optInteger(String field, int min, int max) throws LoadException {
        return has(field) ? integer(field, min, max) : null;
    }

    double number(String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull()) {
            throw problem(field, "is missing");
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw problem(field, "expected a number, found " + kind(e));
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d)) {
            throw problem(field, "is not a finite number");
        }
        return d;
    }

    double number(String field, double min, double max, String why) throws LoadException {
        double d = number(field);
        if (d < min || d > max) {
            throw problem(field, fmt(d) + " is out of range " + fmt(min) + "–" + fmt(max) + why);
        }
        return d;
    }

    boolean bool(String field, boolean fallback) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull()) {
            return fallback;
        }
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw problem(field, "expected true or false, found " + kind(e));
        }
        return e.getAsBoolean();
    }

    JsonArray array(String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull()) {
            throw problem(field, "is missing");
        }
        if (!e.isJsonArray()) {
            throw problem(field, "expected an array, found " + kind(e));
        }
        return e.getAsJsonArray();
    }

    <E extends Enum<E>> E enumValue(String field, Class<E> type) throws LoadException {
        String s = string(field);
        String constant = s.toUpperCase(Locale.ROOT).replace('-', '_');
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(constant)) {
                return value;
            }
        }
        List<String> allowed = new ArrayList<>();
        for (E value : type.getEnumConstants()) {
            allowed.add(value.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        throw problem(field, quote(s) + " is not one of " + String.join(", ", allowed));
    }

    Text text(String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull()) {
            throw problem(field, "is missing");
        }
        if (!e.isJsonObject()) {
            throw problem(field, "expected {\"zh\": …, \"en\": …}, found " + kind(e));
        }
        Item t = new Item(file, e.getAsJsonObject(), label);
        return new Text(t.sub(field, "zh"), t.sub(field, "en"));
    }

    private String sub(String parent, String field) throws LoadException {
        JsonElement e = json.get(field);
        if (e == null || e.isJsonNull() || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()
                || e.getAsString().isBlank()) {
            throw problem(parent + "." + field, "needs non-blank text");
        }
        return allowed(parent, parent + "." + field, e.getAsString().strip());
    }

    Text optText(String field) throws LoadException {
        return has(field) ? text(field) : null;
    }

    /** A dating object, or null when the field is absent or null (unknown); see {@link DateSource} for its source. */
    Dating dating(String field) throws LoadException {
        if (!has(field)) {
            return null;
        }
        Item d = child(field);
        Integer year = d.optInteger("year", 1949, 2100);
        Integer month = d.optInteger("month", 1, 12);
        Integer day = d.optInteger("day", 1, 31);
        Dating.Qualifier qualifier = d.enumValue("qualifier", Dating.Qualifier.class);
        if (year == null && qualifier != Dating.Qualifier.UNKNOWN) {
            throw problem(field + ".year", "is missing (use qualifier \"unknown\" when the year is not known)");
        }
        String source = d.optString("source");
        JsonElement cited = json.get("sources");
        DateSource.check(this, field, qualifier, source, cited != null && cited.isJsonArray() ? cited.getAsJsonArray() : null);
        return new Dating(year, month, day, qualifier, d.text("text"), source);
    }

    List<Figure> figures(String field) throws LoadException {
        if (!has(field)) {
            return List.of();
        }
        List<Figure> out = new ArrayList<>();
        for (Item f : children(field)) {
            out.add(f.figure());
        }
        return out;
    }

    Figure figure() throws LoadException {
        Double value = null;
        if (has("value")) {
            value = number("value");
        }
        String unit = optString("unit");
        if (unit != null && !UNITS.contains(unit)) {
            throw problem("unit", quote(unit) + " is not one of " + String.join(", ", new java.util.TreeSet<>(UNITS)));
        }
        return new Figure(text("label"), value, unit, text("text"), bool("approx", false));
    }

    /** Sources and confidence; every source id must be in {@code knownSources}. */
    Provenance provenance(Set<String> knownSources) throws LoadException {
        JsonArray array = array("sources");
        if (array.isEmpty()) {
            throw problem("sources", "is empty: every fact needs at least one source");
        }
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw problem("sources[" + i + "]", "expected a source id");
            }
            String id = e.getAsString();
            if (!knownSources.contains(id)) {
                throw problem("sources[" + i + "]", "unknown source " + quote(id) + " (not in sources.json)");
            }
            ids.add(id);
        }
        return new Provenance(ids, enumValue("confidence", Confidence.class), optText("confidenceNote"));
    }

    /** A value from the file, in quotes and cut to a readable length. */
    static String quote(String s) {
        return "\"" + cut(s) + "\"";
    }

    /** A value from the file cut to a readable length. */
    static String cut(String s) {
        return Cut.toLength(s, 61);
    }

    private static String kind(JsonElement e) {
        if (e.isJsonNull()) {
            return "null";
        }
        if (e.isJsonArray()) {
            return "an array";
        }
        if (e.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        return p.isNumber() ? "a number" : p.isBoolean() ? "true/false" : "text";
    }

    private static String fmt(double d) {
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
    }
}
