package org.mountainsseas.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mountainsseas.model.Adcode;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.TimelineEvent;
import org.mountainsseas.model.WebLink;

/**
 * Reads the app's data files ({@code data/*.json}, see docs/data-format.md) into a {@link Dataset}.
 * Each bad item is reported and left out; a bad file is reported and contributes nothing.
 */
public final class DatasetReader {
    public static final String COUNTIES = "data/counties.json";
    public static final String SOURCES = "data/sources.json";
    public static final String MEMBERSHIPS = "data/mountain-counties.json";
    public static final String PAIRINGS = "data/pairings.json";
    public static final String ENCLAVES = "data/enclaves.json";
    public static final String PROJECTS = "data/projects.json";
    public static final String FIGURES = "data/figures.json";
    public static final String TIMELINE = "data/timeline.json";
    public static final String QINGDA_LINE = "data/qingda-line.json";
    public static final String BEYOND = "data/beyond.json";
    public static final String CORRIDORS = "data/corridors.json";

    private final DataLocation location;
    private final Set<String> boundaryAdcodes;
    private final List<LoadProblem> problems = new ArrayList<>();
    private final Set<String> adcodes = new HashSet<>();
    private final Set<String> sourceIds = new HashSet<>();

    /** @param boundaryAdcodes the adcodes that have a boundary; a county without one is refused */
    public DatasetReader(DataLocation location, Set<String> boundaryAdcodes) {
        this.location = location;
        this.boundaryAdcodes = Set.copyOf(boundaryAdcodes);
    }

    /** Reads everything; never throws for bad data. */
    public LoadResult<Dataset> read() {
        Dataset.Builder b = Dataset.builder();
        each(COUNTIES, "counties", item -> {
            String adcode = item.string("adcode");
            item.named(adcode);
            if (!Adcode.isZhejiang(adcode)) {
                throw item.problem("adcode", Item.quote(adcode) + " is not a Zhejiang adcode");
            }
            if (!boundaryAdcodes.contains(adcode)) {
                throw item.problem("adcode", "no boundary for " + adcode + " in the county GeoJSON");
            }
            unique(item, "adcode", adcode, adcodes);
            b.county(new County(adcode, item.text("name"), item.text("city"), item.string("cityAdcode")));
        }, b);
        for (String missing : new java.util.TreeSet<>(boundaryAdcodes)) {
            if (!adcodes.contains(missing)) {
                problems.add(new LoadProblem(COUNTIES, missing, null, "the boundary file has this county but counties.json does not"));
            }
        }
        each(SOURCES, "sources", item -> {
            String id = item.id("id", "[a-z0-9_]+");
            item.named(id);
            unique(item, "id", id, sourceIds);
            String url = item.optString("url");
            if (url != null && WebLink.problem(url) != null) {
                throw item.problem("url", Item.quote(url) + " " + WebLink.problem(url) + " (only http and https links can be opened)");
            }
            b.source(new Source(id, item.string("title"), item.optString("publisher"), item.optString("date"),
                    url, item.optString("readAt"), item.optText("note")));
        }, b);
        Set<String> memberIds = new HashSet<>();
        PairingRules rules = new PairingRules();
        each(MEMBERSHIPS, "mountain-counties", item -> {
            String adcode = item.adcode("adcode", adcodes);
            item.named(adcode);
            unique(item, "adcode", adcode, memberIds);
            Membership m = new Membership(adcode, item.enumValue("group", Membership.Group.class),
                    item.dating("from"), item.dating("until"), item.optText("untilNote"), item.provenance(sourceIds));
            rules.membership(m);
            b.membership(m);
        }, b);
        Set<String> ids = new HashSet<>();
        each(PAIRINGS, "pairings", item -> {
            String id = item.id("id", "PR\\d+");
            item.named(id);
            unique(item, "id", id, ids);
            String partner = item.optAdcode("partner", adcodes);
            Text partnerName = item.optText("partnerName");
            if (partner == null && partnerName == null) {
                throw item.problem("partnerName", "is required when partner is null");
            }
            String mountain = item.adcode("mountain", adcodes);
            if (mountain.equals(partner)) {
                throw item.problem("partner", "a county cannot be its own partner");
            }
            Pairing p = new Pairing(id, mountain, partner, partnerName, item.dating("since"),
                    item.enumValue("status", Pairing.Status.class), item.optText("note"), item.provenance(sourceIds));
            rules.pairing(item, p);
            b.pairing(p);
        }, b);
        Set<String> enclaveIds = new HashSet<>();
        each(ENCLAVES, "enclaves", item -> {
            String id = item.id("id", "E\\d+");
            item.named(id);
            unique(item, "id", id, enclaveIds);
            PairingRules.enclave(item, item.optAdcode("host", adcodes), item.optAdcode("beneficiary", adcodes));
            b.enclave(new Enclave(id, item.text("name"), item.enumValue("type", EnclaveType.class), item.optText("typeNote"),
                    item.optAdcode("host", adcodes), item.text("hostPlace"), item.optAdcode("beneficiary", adcodes),
                    item.text("beneficiaryName"), item.dating("opened"), item.figures("figures"), item.optText("note"),
                    item.provenance(sourceIds)));
        }, b);
        each(PROJECTS, "projects", item -> {
            String id = item.id("id", "P\\d+");
            item.named(id);
            unique(item, "id", id, ids);
            String enclave = item.optString("enclave");
            if (enclave != null && !enclaveIds.contains(enclave)) {
                throw item.problem("enclave", "unknown enclave " + Item.quote(enclave));
            }
            b.project(new Project(id, item.text("name"), item.enumValue("kind", Project.Kind.class),
                    item.optAdcode("location", adcodes), item.text("locationPlace"), item.adcodes("partners", adcodes),
                    item.dating("year"), item.figures("figures"), enclave, item.optText("note"), item.provenance(sourceIds)));
        }, b);
        each(FIGURES, "figures", item -> {
            String id = item.id("id", "F\\d+");
            item.named(id);
            unique(item, "id", id, ids);
            b.figure(new ProvinceFigure(id, item.child("figure").figure(), item.dating("asOf"), item.optString("series"),
                    item.optString("measure"), item.optString("period"),
                    item.optText("note"), item.provenance(sourceIds)));
        }, b);
        each(TIMELINE, "timeline", item -> {
            String id = item.id("id", "T\\d+");
            item.named(id);
            unique(item, "id", id, ids);
            b.event(new TimelineEvent(id, item.dating("date"), item.text("event"), item.provenance(sourceIds)));
        }, b);
        readQingdaLine(b);
        Set<String> cities = new HashSet<>();
        for (String adcode : adcodes) {
            cities.add(adcode.substring(0, 4) + "00");
        }
        BeyondReader beyond = new BeyondReader(adcodes, cities, sourceIds, problems);
        beyond.outreach(location).forEach(b::outreach);
        beyond.corridors(location).forEach(b::corridor);
        return new LoadResult<>(b.build(), problems);
    }

    private void readQingdaLine(Dataset.Builder b) {
        try {
            Envelope env = Envelope.read(location, QINGDA_LINE, "qingda-line", true);
            Item item = Item.of(QINGDA_LINE, env.item(), 0);
            item.named("Qingda Line");
            List<QingdaLine.Endpoint> endpoints = new ArrayList<>();
            for (Item e : item.children("endpoints")) {
                endpoints.add(new QingdaLine.Endpoint(e.text("name"), e.text("place"), e.optString("townCode"),
                        e.number("lat", 26, 32, " (is latitude swapped with longitude?)"),
                        e.number("lon", 117, 124, " (is longitude swapped with latitude?)"),
                        e.text("coordinateNote"), e.provenance(sourceIds)));
            }
            if (endpoints.size() != 2) {
                throw item.problem("endpoints", "expected exactly two endpoints, found " + endpoints.size());
            }
            double km = endpoints.get(0).kmTo(endpoints.get(1));
            if (!(km >= QingdaLine.MIN_LENGTH_KM)) {
                throw item.problem("endpoints", String.format(java.util.Locale.ROOT,
                        "the two endpoints coincide (%.3f km apart, at least %.0f km needed): give Qingliangfeng and Dayu their own places",
                        km, QingdaLine.MIN_LENGTH_KM));
            }
            b.qingdaLine(new QingdaLine(item.text("name"), item.text("definition"), endpoints, item.provenance(sourceIds)));
        } catch (LoadException e) {
            problems.add(e.problem());
        } catch (RuntimeException e) {
            problems.add(new LoadProblem(QINGDA_LINE, "Qingda Line", null, "could not be read (" + InputFile.reason(e) + ")"));
        }
    }

    private static void unique(Item item, String field, String value, Set<String> seen) throws LoadException {
        if (!seen.add(value)) {
            throw item.problem(field, "duplicate " + field + " " + Item.cut(value));
        }
    }

    /** Reads one item of a file; a {@link LoadException} reports the item and skips it. */
    interface ItemHandler {
        void accept(Item item) throws LoadException;
    }

    private void each(String file, String format, ItemHandler handler, Dataset.Builder b) {
        Envelope env = eachItem(location, file, format, handler, problems);
        if (env != null && env.dataDate() != null && file.equals(PAIRINGS)) {
            b.dataDate(env.dataDate());
        }
    }

    /**
     * Hands each item of a file to {@code handler}, adding a problem for each bad item (which is
     * skipped) or for a bad file (then returns null).
     */
    static Envelope eachItem(DataLocation location, String file, String format, ItemHandler handler,
                             List<LoadProblem> problems) {
        Envelope env;
        try {
            env = Envelope.read(location, file, format, false);
        } catch (LoadException e) {
            problems.add(e.problem());
            return null;
        }
        for (int i = 0; i < env.items().size(); i++) {
            try {
                handler.accept(Item.of(file, env.items().get(i), i));
            } catch (LoadException e) {
                problems.add(e.problem());
            } catch (RuntimeException e) {
                problems.add(new LoadProblem(file, "item " + (i + 1), null, "could not be read (" + InputFile.reason(e) + ")"));
            }
        }
        return env;
    }
}
