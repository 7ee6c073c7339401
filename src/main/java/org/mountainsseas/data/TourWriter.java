package org.mountainsseas.data;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;

/**
 * Writes a {@link Tour} as a tour file (docs/tour-format.md), UTF-8 without a byte-order mark, so
 * that {@link TourReader} reads back an equal tour. Optional fields are left out when empty, as a
 * hand-written file would. The tour's {@code file} is not written: it is the file's own name.
 */
public final class TourWriter {
    /**
     * How each component of a {@link Tour.Step} is written, by its field name in the file; null
     * leaves the field out. Every component has a line here ({@code TourWriterTest} checks it), so a
     * new one is written as soon as its line is added.
     */
    static final Map<String, Function<Tour.Step, JsonElement>> STEP_FIELDS = stepFields();

    private TourWriter() {
    }

    private static Map<String, Function<Tour.Step, JsonElement>> stepFields() {
        Map<String, Function<Tour.Step, JsonElement>> f = new LinkedHashMap<>();
        f.put("id", s -> new JsonPrimitive(s.id()));
        f.put("title", s -> text(s.title()));
        f.put("caption", s -> text(s.caption()));
        f.put("camera", s -> camera(s.camera()));
        f.put("highlight", s -> highlight(s.highlight()));
        f.put("sources", s -> ids(s.sources()));
        f.put("year", s -> s.year() == null ? null : new JsonPrimitive(s.year()));
        f.put("chart", s -> s.chart().isEmpty() ? null : ids(s.chart()));
        f.put("notes", s -> s.notes() == null ? null : text(s.notes()));
        return java.util.Collections.unmodifiableMap(f);
    }

    /** The tour as the bytes of a tour file. */
    public static byte[] write(Tour tour) {
        JsonObject root = new JsonObject();
        root.addProperty("format", TourReader.FORMAT);
        root.addProperty("version", 1);
        root.add("title", text(tour.title()));
        JsonArray chapters = new JsonArray();
        for (Tour.Chapter c : tour.chapters()) {
            JsonObject chapter = new JsonObject();
            chapter.add("title", text(c.title()));
            JsonArray steps = new JsonArray();
            for (Tour.Step s : c.steps()) {
                steps.add(step(s));
            }
            chapter.add("steps", steps);
            chapters.add(chapter);
        }
        root.add("chapters", chapters);
        String json = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root);
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    static JsonObject step(Tour.Step s) {
        JsonObject o = new JsonObject();
        STEP_FIELDS.forEach((name, value) -> {
            JsonElement e = value.apply(s);
            if (e != null) {
                o.add(name, e);
            }
        });
        return o;
    }

    private static JsonElement text(Text t) {
        if (t == null) {
            return null;
        }
        JsonObject o = new JsonObject();
        o.addProperty("zh", t.zh());
        o.addProperty("en", t.en());
        return o;
    }

    private static JsonElement camera(Tour.Camera c) {
        JsonObject o = new JsonObject();
        switch (c.kind()) {
            case HOME -> o.addProperty("home", true);
            case CHINA -> o.addProperty("china", true);
            case FIT -> o.add("fit", ids(c.fit()));
            case POINT -> {
                o.addProperty("lat", c.lat());
                o.addProperty("lon", c.lon());
                o.addProperty("zoom", c.zoom());
            }
        }
        return o;
    }

    private static JsonElement highlight(Tour.Highlight h) {
        JsonObject o = new JsonObject();
        addIds(o, "counties", h.counties());
        addIds(o, "pairings", h.pairings());
        addIds(o, "enclaves", h.enclaves());
        if (h.qingdaLine()) {
            o.addProperty("qingdaLine", true);
        }
        addIds(o, "beyond", h.beyond());
        addIds(o, "corridors", h.corridors());
        return o.size() == 0 ? null : o;
    }

    private static void addIds(JsonObject o, String field, List<String> ids) {
        if (!ids.isEmpty()) {
            o.add(field, ids(ids));
        }
    }

    private static JsonArray ids(List<String> ids) {
        JsonArray a = new JsonArray();
        ids.forEach(a::add);
        return a;
    }
}
