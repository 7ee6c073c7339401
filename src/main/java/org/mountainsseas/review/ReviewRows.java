package org.mountainsseas.review;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;

/** The rows the review tables show under a filter, and the counties the filter leaves lit on the map. Pure functions. */
public final class ReviewRows {
    private ReviewRows() {
    }

    /** One row per pairing, plus a gap row for each mountain county with no pairing, in file order. */
    public static List<PairingRow> pairings(Dataset data, ReviewFilter f) {
        List<PairingRow> out = new ArrayList<>();
        for (Pairing p : data.pairings()) {
            PairingRow row = new PairingRow(p.mountain(), p, enclavesBetween(data, p));
            if (accepts(data, f, row)) {
                out.add(row);
            }
        }
        for (String adcode : data.mountainCounties()) {
            if (data.pairingsOf(adcode).stream().noneMatch(p -> p.mountain().equals(adcode))) {
                PairingRow gap = new PairingRow(adcode, null, List.of());
                if (accepts(data, f, gap)) {
                    out.add(gap);
                }
            }
        }
        return out;
    }

    /** Enclaves between the pairing's two counties, in either direction. */
    static List<Enclave> enclavesBetween(Dataset data, Pairing p) {
        List<Enclave> out = new ArrayList<>();
        if (p.partner() == null) {
            return out;
        }
        for (Enclave e : data.enclaves()) {
            boolean forward = p.mountain().equals(e.beneficiary()) && p.partner().equals(e.host());
            boolean back = p.mountain().equals(e.host()) && p.partner().equals(e.beneficiary());
            if (forward || back) {
                out.add(e);
            }
        }
        return out;
    }

    static boolean accepts(Dataset data, ReviewFilter f, PairingRow row) {
        Pairing p = row.pairing();
        String partner = p == null ? null : p.partner();
        if (!placeAccepts(data, f, row.mountain(), partner)) {
            return false;
        }
        if (p == null) {
            // a gap has no year, confidence or enclaves: only the "unknowns" view and unfiltered views show it
            return !f.yearBounded() && f.confidences().isEmpty() && f.enclaveTypes().isEmpty();
        }
        if (f.gapsOnly() && p.since() != null && p.since().year() != null && p.partner() != null) {
            return false;
        }
        if (!f.enclaveTypes().isEmpty() && row.enclaves().stream().noneMatch(e -> f.enclaveTypes().contains(e.type()))) {
            return false;
        }
        return f.yearAccepts(p.since()) && f.confidenceAccepts(p.provenance().confidence());
    }

    /** Whether one of the two counties passes the city and class filters (each filter on its own). */
    private static boolean placeAccepts(Dataset data, ReviewFilter f, String a, String b) {
        boolean city = f.cities().isEmpty() || inCity(data, f, a) || inCity(data, f, b);
        boolean cls = f.classes().isEmpty() || f.classes().contains(data.classOf(a))
                || b != null && f.classes().contains(data.classOf(b));
        return city && cls;
    }

    private static boolean inCity(Dataset data, ReviewFilter f, String adcode) {
        County c = data.county(adcode);
        return c != null && f.cities().contains(c.cityAdcode());
    }

    /** Enclaves, then projects, that pass the filter. */
    public static List<ItemRow> items(Dataset data, ReviewFilter f) {
        List<ItemRow> out = new ArrayList<>();
        for (Enclave e : data.enclaves()) {
            ItemRow row = ItemRow.of(e);
            if (itemAccepts(data, f, row) && (f.enclaveTypes().isEmpty() || f.enclaveTypes().contains(e.type()))) {
                out.add(row);
            }
        }
        for (Project p : data.projects()) {
            ItemRow row = ItemRow.of(p);
            Enclave same = p.enclaveId() == null ? null : data.enclaves().stream()
                    .filter(e -> e.id().equals(p.enclaveId())).findFirst().orElse(null);
            boolean typeOk = f.enclaveTypes().isEmpty() || same != null && f.enclaveTypes().contains(same.type());
            if (typeOk && itemAccepts(data, f, row)) {
                out.add(row);
            }
        }
        return out;
    }

    private static boolean itemAccepts(Dataset data, ReviewFilter f, ItemRow row) {
        List<String> counties = row.counties();
        boolean city = f.cities().isEmpty() || counties.stream().anyMatch(c -> inCity(data, f, c));
        boolean cls = f.classes().isEmpty() || counties.stream().anyMatch(c -> f.classes().contains(data.classOf(c)));
        boolean gap = !f.gapsOnly() || row.start() == null || row.start().year() == null || row.county() == null;
        return city && cls && gap && f.yearAccepts(row.start()) && f.confidenceAccepts(row.provenance().confidence());
    }

    /**
     * The counties the filter leaves lit on the map: all of them without a filter; otherwise those
     * passing the city and class filters and, when item filters are set, named by a remaining row.
     */
    public static Set<String> litCounties(Dataset data, ReviewFilter f, List<PairingRow> pairings, List<ItemRow> items) {
        Set<String> out = new LinkedHashSet<>();
        if (!f.active()) {
            data.counties().forEach(c -> out.add(c.adcode()));
            return out;
        }
        Set<String> named = new LinkedHashSet<>();
        for (PairingRow r : pairings) {
            named.add(r.mountain());
            if (r.pairing() != null && r.pairing().partner() != null) {
                named.add(r.pairing().partner());
            }
        }
        if (!f.gapsOnly() || f.itemFiltersActive()) {
            items.forEach(r -> named.addAll(r.counties()));
        }
        for (County c : data.counties()) {
            boolean city = f.cities().isEmpty() || f.cities().contains(c.cityAdcode());
            boolean cls = f.classes().isEmpty() || f.classes().contains(data.classOf(c.adcode()));
            if (city && cls && (!f.itemFiltersActive() || named.contains(c.adcode()))) {
                out.add(c.adcode());
            }
        }
        return out;
    }

    /** The rows that involve a county (for selecting rows from the map). */
    public static List<PairingRow> involving(List<PairingRow> rows, String adcode) {
        List<PairingRow> out = new ArrayList<>();
        for (PairingRow r : rows) {
            if (adcode != null && r.involves(adcode)) {
                out.add(r);
            }
        }
        return out;
    }
}
