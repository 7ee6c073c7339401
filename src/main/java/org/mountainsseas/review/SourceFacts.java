package org.mountainsseas.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Text;
import org.mountainsseas.model.TimelineEvent;

/** Every fact that rests on each source, for the Sources view. Pure. */
public final class SourceFacts {
    private SourceFacts() {
    }

    /** A fact: what kind, its id, how it reads, the county it is about (or null) and its confidence. */
    public record Fact(Kind kind, String id, Text label, String adcode, Confidence confidence) {
    }

    /** The kinds of fact. */
    public enum Kind { PAIRING, ENCLAVE, PROJECT, BEYOND, CORRIDOR, FIGURE, EVENT, MEMBERSHIP, QINGDA_LINE }

    /** Source id → the facts citing it, for every source (those cited by nothing map to an empty list). */
    public static Map<String, List<Fact>> of(Dataset d) {
        Map<String, List<Fact>> out = new LinkedHashMap<>();
        for (Source s : d.sources()) {
            out.put(s.id(), new ArrayList<>());
        }
        for (Pairing p : d.pairings()) {
            County m = d.county(p.mountain());
            Text mountain = m == null ? Text.same(p.mountain()) : m.name();
            Text label = Text.of(mountain.zh() + " — " + p.partnerName().zh(), mountain.en() + " — " + p.partnerName().en());
            add(out, p.provenance(), new Fact(Kind.PAIRING, p.id(), label, p.mountain(), p.provenance().confidence()));
        }
        for (Enclave e : d.enclaves()) {
            String where = e.host() != null ? e.host() : e.beneficiary();
            add(out, e.provenance(), new Fact(Kind.ENCLAVE, e.id(), e.name(), where, e.provenance().confidence()));
        }
        for (Project p : d.projects()) {
            String where = p.location() != null ? p.location() : p.partners().isEmpty() ? null : p.partners().get(0);
            add(out, p.provenance(), new Fact(Kind.PROJECT, p.id(), p.name(), where, p.provenance().confidence()));
        }
        for (Outreach o : d.outreach()) {
            // about a place beyond Zhejiang; its county is the Zhejiang giver when that is a county
            String giver = d.county(o.zhejiang()) != null ? o.zhejiang() : null;
            Text label = Text.of(o.name().zh() + "（" + o.zhejiangName().zh() + "）", o.name().en() + " (" + o.zhejiangName().en() + ")");
            add(out, o.provenance(), new Fact(Kind.BEYOND, o.id(), label, giver, o.provenance().confidence()));
        }
        for (Corridor c : d.corridors()) {
            add(out, c.provenance(), new Fact(Kind.CORRIDOR, c.id(), c.name(), c.counties().isEmpty() ? null : c.counties().get(0),
                    c.provenance().confidence()));
        }
        for (ProvinceFigure f : d.figures()) {
            Text label = Text.of(f.figure().label().zh() + "：" + f.figure().text().zh(),
                    f.figure().label().en() + ": " + f.figure().text().en());
            add(out, f.provenance(), new Fact(Kind.FIGURE, f.id(), label, null, f.provenance().confidence()));
        }
        for (TimelineEvent t : d.timeline()) {
            add(out, t.provenance(), new Fact(Kind.EVENT, t.id(), t.event(), null, t.provenance().confidence()));
        }
        for (Membership m : d.memberships()) {
            County c = d.county(m.adcode());
            add(out, m.provenance(), new Fact(Kind.MEMBERSHIP, m.adcode(), c == null ? Text.same(m.adcode()) : c.name(),
                    m.adcode(), m.provenance().confidence()));
        }
        if (d.qingdaLine() != null) {
            add(out, d.qingdaLine().provenance(), new Fact(Kind.QINGDA_LINE, "qingda", d.qingdaLine().name(), null,
                    d.qingdaLine().provenance().confidence()));
        }
        return out;
    }

    private static void add(Map<String, List<Fact>> out, Provenance p, Fact fact) {
        for (String id : p.sourceIds()) {
            out.computeIfAbsent(id, k -> new ArrayList<>()).add(fact);
        }
    }
}
