package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;
import org.mountainsseas.review.ItemRow;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.state.AppState;

/** Builds the pairing table and the enclave and project table, with their columns. */
public final class ReviewTables {
    private ReviewTables() {
    }

    /** One row per pairing (and per mountain county without a known partner). */
    public static ReviewTable<PairingRow> pairings(AppState s) {
        List<ReviewTable.Column<PairingRow>> cols = List.of(
                col("review.col.mountain", 120, r -> name(s, r.mountain())),
                col("review.col.mountainCity", 80, r -> city(s, r.mountain())),
                col("review.col.partner", 190, r -> partner(s, r)),
                col("review.col.partnerCity", 90, r -> r.pairing() == null || r.pairing().partner() == null
                        ? Cell.of("—") : city(s, r.pairing().partner())),
                col("review.col.since", 200, r -> r.pairing() == null ? unknown(s) : dating(s, r.pairing().since())),
                col("review.col.status", 150, r -> r.pairing() == null ? unknown(s)
                        : Cell.of(Formats.status(r.pairing().status(), s.language()))),
                col("review.col.enclaves", 70, r -> Cell.of(Integer.toString(r.enclaves().size()), r.enclaves().size())),
                col("review.col.sources", 420, r -> r.pairing() == null ? Cell.of("—")
                        : sources(s, r.pairing().provenance())),
                col("review.col.confidence", 90, r -> r.pairing() == null ? Cell.of("—")
                        : confidence(s, r.pairing().provenance())));
        ReviewTable<PairingRow> t = new ReviewTable<>(s, s.review().pairingRowsProperty(), cols,
                PairingRow::mountain, PairingRow::involves, r -> names(s, r));
        t.setId("pairing-table");
        t.filterField().setId("pairing-filter");
        return t;
    }

    /** Enclaves, then parks and projects. */
    public static ReviewTable<ItemRow> items(AppState s) {
        List<ReviewTable.Column<ItemRow>> cols = List.of(
                col("review.col.name", 260, r -> Cell.of(r.name().get(s.language()))),
                col("review.col.kind", 190, r -> Cell.of(r.enclave() != null
                        ? Formats.enclaveType(r.enclave().type(), s.language())
                        : Formats.projectKind(r.project().kind(), s.language()))),
                col("review.col.where", 200, r -> Cell.of(r.enclave() != null
                        ? r.enclave().hostPlace().get(s.language()) : r.project().locationPlace().get(s.language()))),
                col("review.col.for", 160, r -> forWhom(s, r)),
                col("review.col.start", 150, r -> dating(s, r.start())),
                col("review.col.sources", 420, r -> sources(s, r.provenance())),
                col("review.col.confidence", 90, r -> confidence(s, r.provenance())));
        ReviewTable<ItemRow> t = new ReviewTable<>(s, s.review().itemRowsProperty(), cols,
                ItemRow::county, (r, adcode) -> r.counties().contains(adcode), r -> names(s, r));
        t.setId("item-table");
        t.filterField().setId("item-filter");
        return t;
    }

    /** The counties' and partner's names and cities in both languages, for the filter field. */
    private static List<Text> names(AppState s, PairingRow r) {
        List<Text> out = new ArrayList<>();
        addCounty(s, r.mountain(), out);
        out.add(Text.same(r.mountain()));
        if (r.pairing() != null) {
            out.add(Text.same(r.pairing().id()));
            out.add(r.pairing().partnerName());
            addCounty(s, r.pairing().partner(), out);
        }
        return out;
    }

    private static List<Text> names(AppState s, ItemRow r) {
        List<Text> out = new ArrayList<>();
        out.add(r.name());
        out.add(Text.same(r.enclave() != null ? r.enclave().id() : r.project().id()));
        if (r.enclave() != null) {
            out.add(r.enclave().hostPlace());
            out.add(r.enclave().beneficiaryName());
        } else {
            out.add(r.project().locationPlace());
        }
        for (String a : r.counties()) {
            addCounty(s, a, out);
        }
        return out;
    }

    private static void addCounty(AppState s, String adcode, List<Text> out) {
        County c = adcode == null ? null : s.dataset().county(adcode);
        if (c != null) {
            out.add(c.name());
            out.add(c.city());
        }
    }

    private static <R> ReviewTable.Column<R> col(String key, double width, java.util.function.Function<R, Cell> cell) {
        return new ReviewTable.Column<>(key, cell, width);
    }

    private static Cell forWhom(AppState s, ItemRow r) {
        if (r.enclave() != null) {
            return Cell.of(r.enclave().beneficiaryName().get(s.language()));
        }
        List<String> names = new ArrayList<>();
        for (String a : r.project().partners()) {
            names.add(name(s, a).text());
        }
        return Cell.of(String.join("、", names));
    }

    static Cell name(AppState s, String adcode) {
        County c = s.dataset().county(adcode);
        return Cell.of(c == null ? adcode : c.name().get(s.language()));
    }

    static Cell city(AppState s, String adcode) {
        County c = s.dataset().county(adcode);
        return Cell.of(c == null ? "—" : c.city().get(s.language()));
    }

    private static Cell partner(AppState s, PairingRow r) {
        if (r.pairing() == null) {
            return Cell.of(s.text("review.noPartner"), "\uffff");
        }
        Pairing p = r.pairing();
        Text name = p.partnerName();
        String text = name.get(s.language());
        return Cell.of(p.partner() == null ? text + " (" + s.text("pairing.offMap") + ")" : text);
    }

    static Cell unknown(AppState s) {
        return new Cell(s.text("unknown"), null);
    }

    static Cell dating(AppState s, Dating d) {
        if (d == null || d.year() == null) {
            return new Cell(Formats.dating(d, s.language()), null);
        }
        return Cell.of(Formats.dating(d, s.language()), d.year());
    }

    static Cell confidence(AppState s, Provenance p) {
        return Cell.of(Formats.confidence(p.confidence(), s.language()), p.confidence().ordinal());
    }

    /** The titles of the sources, with publisher and date, joined by "; ". */
    static Cell sources(AppState s, Provenance p) {
        Dataset data = s.dataset();
        Language l = s.language();
        List<String> out = new ArrayList<>();
        for (String id : p.sourceIds()) {
            Source src = data.source(id);
            out.add(src == null ? id : SourceText.line(src, l));
        }
        return Cell.of(String.join("; ", out), p.sourceIds().size());
    }
}
