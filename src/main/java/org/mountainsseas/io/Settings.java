package org.mountainsseas.io;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.mountainsseas.data.JsonInput;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;

/**
 * What the app remembers between runs: the language last chosen, where the window was, and
 * where the user left the divider between the map and the review area (its share of the height
 * for the map, 0–1). Any may be null (never saved: the app uses its defaults). Stored as {@value #FILE}:
 * <pre>{@code {"format": "mountainsseas/settings", "version": 1, "language": "zh",
 *  "window": {"x": 40, "y": 30, "width": 1400, "height": 900, "maximised": false}, "reviewSplit": 0.62}}</pre>
 */
public record Settings(Language language, Window window, Double reviewSplit) {
    public static final String FILE = "settings.json";
    private static final String FORMAT = "mountainsseas/settings";
    private static final double MAX_COORDINATE = 100_000;

    /** Where the window was and how big; sizes are at least 100 px. */
    public record Window(double x, double y, double width, double height, boolean maximised) {
    }

    public Settings(Language language, Window window) {
        this(language, window, null);
    }

    /** Nothing remembered. */
    public static Settings defaults() {
        return new Settings(null, null, null);
    }

    public Settings withLanguage(Language l) {
        return new Settings(l, window, reviewSplit);
    }

    public Settings withWindow(Window w) {
        return new Settings(language, w, reviewSplit);
    }

    public Settings withReviewSplit(Double split) {
        return new Settings(language, window, split);
    }

    /** Reads the JSON form; anything wrong is a {@link LoadException} naming the field. */
    public static Settings parse(byte[] bytes) throws LoadException {
        JsonElement root = JsonInput.parse(FILE, bytes);
        if (!root.isJsonObject()) {
            throw fail(null, "expected a JSON object");
        }
        JsonObject o = root.getAsJsonObject();
        if (!FORMAT.equals(string(o, "format"))) {
            throw fail("format", "expected \"" + FORMAT + "\"");
        }
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != 1) {
            throw fail("version", "expected 1");
        }
        Language language = null;
        if (o.has("language") && !o.get("language").isJsonNull()) {
            language = Language.parse(string(o, "language"));
            if (language == null) {
                throw fail("language", "expected \"zh\" or \"en\"");
            }
        }
        Window window = null;
        if (o.has("window") && !o.get("window").isJsonNull()) {
            if (!o.get("window").isJsonObject()) {
                throw fail("window", "expected an object");
            }
            JsonObject w = o.getAsJsonObject("window");
            window = new Window(number(w, "x", -MAX_COORDINATE), number(w, "y", -MAX_COORDINATE),
                    number(w, "width", 100), number(w, "height", 100), bool(w, "maximised"));
        }
        Double split = null;
        if (o.has("reviewSplit") && !o.get("reviewSplit").isJsonNull()) {
            split = fraction(o, "reviewSplit");
        }
        return new Settings(language, window, split);
    }

    private static double fraction(JsonObject o, String field) throws LoadException {
        JsonElement e = o.get(field);
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()
                || !(e.getAsDouble() >= 0 && e.getAsDouble() <= 1)) {
            throw fail(field, "expected a number from 0 to 1");
        }
        return e.getAsDouble();
    }

    /** The JSON form, pretty-printed, as UTF-8 bytes. */
    public byte[] toJson() {
        JsonObject o = new JsonObject();
        o.addProperty("format", FORMAT);
        o.addProperty("version", 1);
        if (language != null) {
            o.addProperty("language", language.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (window != null) {
            JsonObject w = new JsonObject();
            w.addProperty("x", window.x());
            w.addProperty("y", window.y());
            w.addProperty("width", window.width());
            w.addProperty("height", window.height());
            w.addProperty("maximised", window.maximised());
            o.add("window", w);
        }
        if (reviewSplit != null) {
            o.addProperty("reviewSplit", reviewSplit);
        }
        return (new GsonBuilder().setPrettyPrinting().create().toJson(o) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String string(JsonObject o, String field) throws LoadException {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw fail(field, "expected text");
        }
        return e.getAsString();
    }

    private static double number(JsonObject o, String field, double min) throws LoadException {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw fail("window." + field, "expected a number");
        }
        double d = e.getAsDouble();
        if (!Double.isFinite(d) || d < min || d > MAX_COORDINATE) {
            throw fail("window." + field, "expected a number from " + (long) min + " to " + (long) MAX_COORDINATE);
        }
        return d;
    }

    private static boolean bool(JsonObject o, String field) throws LoadException {
        JsonElement e = o.get(field);
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isBoolean()) {
            throw fail("window." + field, "expected true or false");
        }
        return e.getAsBoolean();
    }

    private static LoadException fail(String field, String message) {
        return new LoadException(new LoadProblem(FILE, null, field, message));
    }
}
