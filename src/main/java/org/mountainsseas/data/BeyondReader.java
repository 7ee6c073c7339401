package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Place;
import org.mountainsseas.model.Programme;

/**
 * Reads {@code data/beyond.json} (cooperation beyond Zhejiang) and {@code data/corridors.json}
 * (infrastructure between mountains and sea); see docs/data-format.md. Bad items are reported and
 * left out, as in {@link DatasetReader}.
 */
final class BeyondReader {
    static final String PROVINCE_ZHEJIANG = "330000";

    private final Set<String> counties;
    private final Set<String> zhejiangUnits;
    private final Set<String> sourceIds;
    private final List<LoadProblem> problems;

    /** @param cities the Zhejiang city adcodes (a giver may be a city) */
    BeyondReader(Set<String> counties, Set<String> cities, Set<String> sourceIds, List<LoadProblem> problems) {
        this.counties = counties;
        Set<String> units = new HashSet<>(counties);
        units.addAll(cities);
        units.add(PROVINCE_ZHEJIANG);
        this.zhejiangUnits = units;
        this.sourceIds = sourceIds;
        this.problems = problems;
    }

    List<Outreach> outreach(DataLocation location) {
        List<Outreach> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        each(location, DatasetReader.BEYOND, "beyond", item -> {
            String id = uniqueId(item, "B\\d+", ids);
            String zhejiang = item.string("zhejiang");
            if (!zhejiangUnits.contains(zhejiang)) {
                throw item.problem("zhejiang", Item.quote(zhejiang)
                        + " is not a Zhejiang county, city or the province (330000)");
            }
            List<Place> places = new ArrayList<>();
            for (Item p : item.children("places")) {
                places.add(place(p));
            }
            if (places.isEmpty()) {
                throw item.problem("places", "is empty: say where the cooperation went");
            }
            out.add(new Outreach(id, item.text("name"), item.enumValue("programme", Programme.class),
                    item.optText("programmeNote"), zhejiang, item.text("zhejiangName"), places, item.dating("date"),
                    item.figures("figures"), item.optText("note"), item.provenance(sourceIds)));
        });
        return out;
    }

    private static String uniqueId(Item item, String pattern, Set<String> ids) throws LoadException {
        String id = item.id("id", pattern);
        item.named(id);
        if (!ids.add(id)) {
            throw item.problem("id", "duplicate id " + id);
        }
        return id;
    }

    private static Place place(Item p) throws LoadException {
        String province = p.string("province");
        if (!province.matches("[1-8]\\d0000") || province.equals(PROVINCE_ZHEJIANG)) {
            throw p.problem("province", Item.quote(province) + " is not the adcode of a province other than Zhejiang");
        }
        String area = p.optString("area");
        if (area != null && (!area.matches("\\d{6}") || !area.startsWith(province.substring(0, 2)) || area.equals(province))) {
            throw p.problem("area", Item.quote(area) + " is not a county or city adcode in province " + province);
        }
        return new Place(province, area, p.text("name"),
                p.number("lat", 18, 54, " (China's latitudes; is it swapped with longitude?)"),
                p.number("lon", 73, 136, " (China's longitudes; is it swapped with latitude?)"), p.optText("pointNote"));
    }

    List<Corridor> corridors(DataLocation location) {
        List<Corridor> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        each(location, DatasetReader.CORRIDORS, "corridors", item -> {
            String id = uniqueId(item, "L\\d+", ids);
            JsonArray path = item.array("path");
            if (path.size() < 2) {
                throw item.problem("path", "needs at least two [lon, lat] points");
            }
            List<Corridor.Point> points = new ArrayList<>();
            for (int i = 0; i < path.size(); i++) {
                points.add(point(item, "path[" + i + "]", path.get(i)));
            }
            out.add(new Corridor(id, item.text("name"), item.enumValue("kind", Corridor.Kind.class), points,
                    item.adcodes("counties", counties), item.optText("pathNote"), item.dating("date"),
                    item.optText("note"), item.provenance(sourceIds)));
        });
        return out;
    }

    /** A {@code [lon, lat]} pair inside Zhejiang's surroundings (the same box as the Qingda Line's ends). */
    private static Corridor.Point point(Item item, String field, JsonElement e) throws LoadException {
        if (!e.isJsonArray() || e.getAsJsonArray().size() != 2 || !number(e.getAsJsonArray().get(0))
                || !number(e.getAsJsonArray().get(1))) {
            throw item.problem(field, "expected [lon, lat]");
        }
        double lon = e.getAsJsonArray().get(0).getAsDouble();
        double lat = e.getAsJsonArray().get(1).getAsDouble();
        if (lon < 117 || lon > 124 || lat < 26 || lat > 32) {
            throw item.problem(field, "[" + lon + ", " + lat + "] is outside lon 117–124, lat 26–32"
                    + " (is it [lat, lon] instead of [lon, lat]?)");
        }
        return new Corridor.Point(lat, lon);
    }

    private static boolean number(JsonElement e) {
        return e.isJsonPrimitive() && e.getAsJsonPrimitive().isNumber();
    }

    private void each(DataLocation location, String file, String format, DatasetReader.ItemHandler handler) {
        DatasetReader.eachItem(location, file, format, handler, problems);
    }
}
