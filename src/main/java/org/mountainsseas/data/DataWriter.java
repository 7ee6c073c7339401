package org.mountainsseas.data;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Place;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Text;

/**
 * Writes pairings, enclaves, cooperation beyond Zhejiang and corridors in the app's data format (docs/data-format.md), UTF-8 without a
 * byte-order mark, so an official can export the data, edit it and import it again.
 */
public final class DataWriter {
    private DataWriter() {
    }

    public static byte[] pairings(List<Pairing> pairings, String dataDate) {
        JsonArray items = new JsonArray();
        for (Pairing p : pairings) {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.addProperty("mountain", p.mountain());
            o.addProperty("partner", p.partner());
            o.add("partnerName", text(p.partnerName()));
            o.add("since", dating(p.since()));
            o.addProperty("status", code(p.status()));
            o.add("note", text(p.note()));
            provenance(o, p.provenance());
            items.add(o);
        }
        return envelope("pairings", dataDate, items);
    }

    public static byte[] enclaves(List<Enclave> enclaves, String dataDate) {
        JsonArray items = new JsonArray();
        for (Enclave e : enclaves) {
            JsonObject o = new JsonObject();
            o.addProperty("id", e.id());
            o.add("name", text(e.name()));
            o.addProperty("type", code(e.type()));
            o.add("typeNote", text(e.typeNote()));
            o.addProperty("host", e.host());
            o.add("hostPlace", text(e.hostPlace()));
            o.addProperty("beneficiary", e.beneficiary());
            o.add("beneficiaryName", text(e.beneficiaryName()));
            o.add("opened", dating(e.opened()));
            o.add("figures", figures(e.figures()));
            o.add("note", text(e.note()));
            provenance(o, e.provenance());
            items.add(o);
        }
        return envelope("enclaves", dataDate, items);
    }

    /** The items of a data file as {@link #pairings}, {@link #enclaves} or {@link #projects} write them. */
    public static JsonArray items(byte[] file) {
        return com.google.gson.JsonParser.parseString(new String(file, StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("items");
    }

    public static byte[] projects(List<Project> projects, String dataDate) {
        JsonArray items = new JsonArray();
        for (Project p : projects) {
            JsonObject o = new JsonObject();
            o.addProperty("id", p.id());
            o.add("name", text(p.name()));
            o.addProperty("kind", code(p.kind()));
            o.addProperty("location", p.location());
            o.add("locationPlace", text(p.locationPlace()));
            JsonArray partners = new JsonArray();
            p.partners().forEach(partners::add);
            o.add("partners", partners);
            o.add("year", dating(p.year()));
            o.add("figures", figures(p.figures()));
            o.addProperty("enclave", p.enclaveId());
            o.add("note", text(p.note()));
            provenance(o, p.provenance());
            items.add(o);
        }
        return envelope("projects", dataDate, items);
    }

    /** Cooperation beyond Zhejiang, as {@code beyond.json}. */
    public static byte[] outreach(List<Outreach> items, String dataDate) {
        JsonArray out = new JsonArray();
        for (Outreach x : items) {
            JsonObject o = new JsonObject();
            o.addProperty("id", x.id());
            o.add("name", text(x.name()));
            o.addProperty("programme", code(x.programme()));
            o.add("programmeNote", text(x.programmeNote()));
            o.addProperty("zhejiang", x.zhejiang());
            o.add("zhejiangName", text(x.zhejiangName()));
            JsonArray places = new JsonArray();
            for (Place p : x.places()) {
                JsonObject po = new JsonObject();
                po.addProperty("province", p.province());
                po.addProperty("area", p.area());
                po.add("name", text(p.name()));
                po.addProperty("lat", p.lat());
                po.addProperty("lon", p.lon());
                po.add("pointNote", text(p.pointNote()));
                places.add(po);
            }
            o.add("places", places);
            o.add("date", dating(x.date()));
            o.add("figures", figures(x.figures()));
            o.add("note", text(x.note()));
            provenance(o, x.provenance());
            out.add(o);
        }
        return envelope("beyond", dataDate, out);
    }

    /** Infrastructure between mountains and sea, as {@code corridors.json}. */
    public static byte[] corridors(List<Corridor> items, String dataDate) {
        JsonArray out = new JsonArray();
        for (Corridor c : items) {
            JsonObject o = new JsonObject();
            o.addProperty("id", c.id());
            o.add("name", text(c.name()));
            o.addProperty("kind", code(c.kind()));
            JsonArray path = new JsonArray();
            for (Corridor.Point p : c.path()) {
                JsonArray pair = new JsonArray();
                pair.add(p.lon());
                pair.add(p.lat());
                path.add(pair);
            }
            o.add("path", path);
            JsonArray counties = new JsonArray();
            c.counties().forEach(counties::add);
            o.add("counties", counties);
            o.add("pathNote", text(c.pathNote()));
            o.add("date", dating(c.date()));
            o.add("note", text(c.note()));
            provenance(o, c.provenance());
            out.add(o);
        }
        return envelope("corridors", dataDate, out);
    }

    private static JsonArray figures(List<Figure> list) {
        JsonArray figures = new JsonArray();
        for (Figure f : list) {
            figures.add(figure(f));
        }
        return figures;
    }

    static byte[] envelope(String format, String dataDate, JsonArray items) {
        JsonObject root = new JsonObject();
        root.addProperty("format", "mountainsseas/" + format);
        root.addProperty("version", Envelope.VERSION);
        root.addProperty("dataDate", dataDate);
        root.add("items", items);
        String json = new GsonBuilder().setPrettyPrinting().serializeNulls().disableHtmlEscaping().create().toJson(root);
        return (json + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String code(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static JsonElement text(Text t) {
        if (t == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("zh", t.zh());
        o.addProperty("en", t.en());
        return o;
    }

    private static JsonElement dating(Dating d) {
        if (d == null) {
            return JsonNull.INSTANCE;
        }
        JsonObject o = new JsonObject();
        o.addProperty("year", d.year());
        if (d.month() != null) {
            o.addProperty("month", d.month());
        }
        if (d.day() != null) {
            o.addProperty("day", d.day());
        }
        o.addProperty("qualifier", code(d.qualifier()));
        o.add("text", text(d.text()));
        if (d.source() != null) {
            o.addProperty("source", d.source());
        }
        return o;
    }

    private static JsonObject figure(Figure f) {
        JsonObject o = new JsonObject();
        o.add("label", text(f.label()));
        o.addProperty("value", f.value());
        o.addProperty("unit", f.unit());
        o.add("text", text(f.text()));
        o.addProperty("approx", f.approx());
        return o;
    }

    private static void provenance(JsonObject o, Provenance p) {
        JsonArray sources = new JsonArray();
        p.sourceIds().forEach(sources::add);
        o.add("sources", sources);
        o.addProperty("confidence", p.confidence().code());
        if (p.confidenceNote() != null) {
            o.add("confidenceNote", text(p.confidenceNote()));
        }
    }
}
