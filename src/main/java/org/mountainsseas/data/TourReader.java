package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.Tour;

/**
 * Reads a tour file (format {@code mountainsseas/tour}, see docs/tour-format.md) and checks it
 * against the loaded data: every adcode, pairing id, enclave id, figure id and source id must
 * exist. The first problem is thrown as a {@link LoadException} naming the file, the step and
 * the field; nothing here throws anything else for bad input.
 */
public final class TourReader {
    /** The tours shipped under {@code assets/tours/}, by file name without ".json"; the first is the default. */
    public static final List<String> BUNDLED = List.of("mountains-and-seas");
    static final String FORMAT = "mountainsseas/tour";
    static final int MAX_CAPTION_EN = TourTexts.MAX_CAPTION_EN;
    static final int MAX_CAPTION_ZH = TourTexts.MAX_CAPTION_ZH;
    static final int MAX_STEPS = 500;
    /** {@link #MAX_STEPS} as a cap, so a refusal names it like every other cap. */
    static final Cap STEPS = new Cap("tour step count", MAX_STEPS, "steps");

    private final Dataset data;
    private final Set<String> adcodes;
    private final Set<String> pairings;
    private final Set<String> enclaves;
    private final Set<String> sources;

    public TourReader(Dataset data) {
        this.data = data;
        this.adcodes = data.counties().stream().map(c -> c.adcode()).collect(Collectors.toSet());
        this.pairings = data.pairings().stream().map(Pairing::id).collect(Collectors.toSet());
        this.enclaves = data.enclaves().stream().map(e -> e.id()).collect(Collectors.toSet());
        this.sources = data.sources().stream().map(s -> s.id()).collect(Collectors.toSet());
    }

    /** Reads a bundled tour by name (one of {@link #BUNDLED}). */
    public Tour readBundled(String name) throws LoadException {
        String file = "tours/" + name + ".json";
        try (InputStream in = TourReader.class.getResourceAsStream("/assets/" + file)) {
            if (in == null) {
                throw JsonInput.fail(file, "no bundled tour of that name (bundled: " + String.join(", ", BUNDLED) + ")");
            }
            return read(file, in.readAllBytes());
        } catch (IOException e) {
            throw JsonInput.fail(file, "the file could not be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a tour file from disk; messages name it by its file name. */
    public Tour read(Path path) throws LoadException {
        String file = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        if (!Files.exists(path)) {
            throw JsonInput.fail(file, "the file is missing (" + path.toAbsolutePath() + ")");
        }
        return read(file, InputFile.read(path, file));
    }

    /** Parses and checks tour bytes; {@code file} names the file in messages. */
    public Tour read(String file, byte[] bytes) throws LoadException {
        JsonElement root = JsonInput.parse(file, bytes);
        if (!root.isJsonObject()) {
            throw JsonInput.fail(file, "expected a JSON object with \"format\": \"" + FORMAT + "\"");
        }
        JsonObject o = root.getAsJsonObject();
        JsonElement f = o.get("format");
        if (f == null || !f.isJsonPrimitive() || !FORMAT.equals(f.getAsString())) {
            throw new LoadException(new LoadProblem(file, null, "format",
                    "expected \"" + FORMAT + "\", found " + (f == null ? "nothing" : JsonInput.excerpt(f))));
        }
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != 1) {
            throw new LoadException(new LoadProblem(file, null, "version", "expected 1, found " + (v == null ? "nothing" : JsonInput.excerpt(v))));
        }
        Item tour = Item.of(file, o, 0);
        tour.named("tour");
        Text title = tour.text("title");
        List<Tour.Chapter> chapters = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        int number = 0;
        JsonArray array = tour.array("chapters");
        if (array.isEmpty()) {
            throw tour.problem("chapters", "is empty: a tour needs at least one chapter with one step");
        }
        for (Item chapter : tour.children("chapters")) {
            Text chapterTitle = chapter.text("title");
            List<Tour.Step> steps = new ArrayList<>();
            if (chapter.array("steps").isEmpty()) {
                throw chapter.problem("steps", "is empty: a chapter needs at least one step");
            }
            for (Item step : chapter.children("steps")) {
                number++;
                if (STEPS.exceededBy(number)) {
                    throw step.problem(null, STEPS.message(-1));
                }
                steps.add(step(step, number, ids));
            }
            chapters.add(new Tour.Chapter(chapterTitle, steps));
        }
        return new Tour(file, title, chapters);
    }

    private Tour.Step step(Item step, int number, Set<String> ids) throws LoadException {
        String id = step.id("id", "[A-Za-z0-9_-]+");
        step.named("step " + number + " (" + id + ")");
        if (!ids.add(id)) {
            throw step.problem("id", "duplicate step id " + id);
        }
        Text title = step.text("title");
        Text caption = slideText(step, "caption", "fit on a projector slide (split the step)");
        Text notes = step.has("notes") ? slideText(step, "notes", "fit in the presenter view (keep notes to prompts)") : null;
        Tour.Camera camera = camera(step);
        Tour.Highlight highlight = step.has("highlight") ? highlight(step.child("highlight")) : Tour.Highlight.NONE;
        List<String> stepSources = ids(step, "sources", sources, "source", "sources.json");
        if (stepSources.isEmpty()) {
            throw step.problem("sources", "is empty: every caption needs at least one source");
        }
        Integer year = step.optInteger("year", 1949, 2100);
        List<String> chart = step.has("chart") ? chart(step) : List.of();
        return new Tour.Step(id, title, caption, camera, highlight, stepSources, year, chart, notes);
    }

    /**
     * A bilingual text under the caption caps: captions must fit a slide, speaker notes the presenter
     * view. The Chinese slot's tighter cap applies to text with Chinese characters (a text written in
     * one language is held in both slots).
     */
    private static Text slideText(Item step, String field, String fits) throws LoadException {
        Text text = step.text(field);
        cap(step, field + ".en", TourTexts.captionCap(false, text.en()), text.en(), fits);
        cap(step, field + ".zh", TourTexts.captionCap(true, text.zh()), text.zh(), fits);
        return text;
    }

    private static void cap(Item step, String field, int cap, String text, String fits) throws LoadException {
        if (text.length() > cap) {
            throw step.problem(field, text.length() + " characters; at most " + cap + " " + fits);
        }
    }

    private Tour.Camera camera(Item step) throws LoadException {
        Item c = step.child("camera");
        int kinds = (c.has("home") ? 1 : 0) + (c.has("fit") ? 1 : 0) + (c.has("lat") || c.has("lon") ? 1 : 0)
                + (c.has("china") ? 1 : 0);
        if (kinds != 1) {
            throw c.problem(null, "give exactly one of \"home\": true, \"fit\": [adcodes], \"lat\"/\"lon\"/\"zoom\","
                    + " or \"china\": true");
        }
        if (c.has("china")) {
            if (!c.bool("china", false)) {
                throw c.problem("china", "must be true (or leave it out and use home, fit or lat/lon)");
            }
            return Tour.Camera.china();
        }
        if (c.has("home")) {
            if (!c.bool("home", false)) {
                throw c.problem("home", "must be true (or leave it out and use fit or lat/lon)");
            }
            return Tour.Camera.home();
        }
        if (c.has("fit")) {
            List<String> fit = c.adcodes("fit", adcodes);
            if (fit.isEmpty()) {
                throw c.problem("fit", "is empty: name at least one county adcode");
            }
            return Tour.Camera.fit(fit);
        }
        return Tour.Camera.point(c.number("lat", 26, 32, " (Zhejiang lies between 27 and 31.5 N)"),
                c.number("lon", 117, 124, " (Zhejiang lies between 118 and 123 E)"),
                c.number("zoom", 5, 14, " (the province fits at about 7.5)"));
    }

    private Tour.Highlight highlight(Item h) throws LoadException {
        List<String> counties = h.has("counties") ? h.adcodes("counties", adcodes) : List.of();
        List<String> pairingIds = ids(h, "pairings", pairings, "pairing", "pairings.json");
        List<String> enclaveIds = ids(h, "enclaves", enclaves, "enclave", "enclaves.json");
        List<String> beyond = ids(h, "beyond", data.outreach().stream().map(o -> o.id()).collect(Collectors.toSet()),
                "item beyond Zhejiang", "beyond.json");
        List<String> corridors = ids(h, "corridors", data.corridors().stream().map(c -> c.id()).collect(Collectors.toSet()),
                "corridor", "corridors.json");
        return new Tour.Highlight(counties, pairingIds, enclaveIds, h.bool("qingdaLine", false), beyond, corridors);
    }

    private List<String> chart(Item step) throws LoadException {
        Set<String> known = data.figures().stream().map(ProvinceFigure::id).collect(Collectors.toSet());
        List<String> ids = ids(step, "chart", known, "figure", "figures.json");
        String unit = null;
        for (int i = 0; i < ids.size(); i++) {
            ProvinceFigure f = figure(ids.get(i));
            if (f.figure().value() == null) {
                throw step.problem("chart[" + i + "]", "figure " + ids.get(i) + " has no numeric value to chart");
            }
            String u = String.valueOf(f.figure().unit());
            if (unit != null && !unit.equals(u)) {
                throw step.problem("chart[" + i + "]", "figure " + ids.get(i) + " is in " + u
                        + " but the chart's first figure is in " + unit + " (one unit per chart)");
            }
            unit = u;
        }
        return ids;
    }

    private ProvinceFigure figure(String id) {
        return data.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    private static List<String> ids(Item item, String field, Set<String> known, String what, String where)
            throws LoadException {
        if (!item.has(field)) {
            return List.of();
        }
        JsonArray array = item.array(field);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonElement e = array.get(i);
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw item.problem(field + "[" + i + "]", "expected a " + what + " id");
            }
            String id = e.getAsString();
            if (!known.contains(id)) {
                throw item.problem(field + "[" + i + "]", "unknown " + what + " \"" + id + "\" (not in " + where + ")");
            }
            out.add(id);
        }
        return out;
    }
}
