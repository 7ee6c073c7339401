package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.model.YearDiff.Change;

/** How a change between two years reads in the list: what, which way, how sure, the date and the sources. Pure functions. */
final class ChangeText {
    /** Sources named in full before "+N more". */
    private static final int SOURCES_SHOWN = 2;

    private ChangeText() {
    }

    /** "Pairing started · certain". */
    static String heading(Change c, Language l) {
        String kind = Messages.get(l, "compare." + c.kind().name().toLowerCase(Locale.ROOT) + "."
                + c.direction().name().toLowerCase(Locale.ROOT));
        return kind + " · " + Messages.get(l, c.certain() ? "compare.certain" : "compare.possible");
    }

    /** What changed: "泰顺县 – 滨江区", "淳安县 · mountain-county list", or the enclave's name. */
    static String subject(Change c, Dataset data, Language l) {
        switch (c.kind()) {
            case PAIRING: {
                Pairing p = pairing(data, c.id());
                return p == null ? c.id() : name(data, p.mountain(), l) + " – "
                        + (p.partner() != null ? name(data, p.partner(), l) : p.partnerName().get(l));
            }
            case LISTING: {
                Membership m = data.membershipOf(c.id());
                String key = m != null && m.group() == Membership.Group.ISLAND ? "compare.listing.island" : "compare.listing.mountain";
                return Messages.format(l, key, name(data, c.id(), l));
            }
            default: {
                Enclave e = enclave(data, c.id());
                return e == null ? c.id() : e.name().get(l);
            }
        }
    }

    /** The date the change rests on, as the source gives it ("by 2013 (…)"), or why it is uncertain. */
    static String date(Change c, YearDiff diff, Dataset data, Language l) {
        Dating d;
        switch (c.kind()) {
            case PAIRING: {
                Pairing p = pairing(data, c.id());
                if (p != null && p.status() == Pairing.Status.HISTORICAL && c.direction() == YearDiff.Direction.ENDED) {
                    return Messages.format(l, "compare.date", Messages.get(l, "compare.historical"));
                }
                d = p == null ? null : p.since();
                break;
            }
            case LISTING: {
                Membership m = data.membershipOf(c.id());
                boolean left = m != null && m.until() != null && (c.direction() == YearDiff.Direction.ENDED) == later(diff);
                d = m == null ? null : left ? m.until() : m.from();
                break;
            }
            default: {
                Enclave e = enclave(data, c.id());
                d = e == null ? null : e.opened();
            }
        }
        return Messages.format(l, "compare.date", Formats.dating(d, l));
    }

    /** Whether year B is the later year (or today), so "ended" means it ended, not that it had not begun. */
    private static boolean later(YearDiff diff) {
        return diff.yearB() == null || diff.yearA() != null && diff.yearB() >= diff.yearA();
    }

    /** The change's sources as citations, the first two in full. */
    static String sources(Change c, Dataset data, Language l) {
        List<String> lines = new ArrayList<>();
        List<String> ids = c.provenance() == null ? List.of() : c.provenance().sourceIds();
        for (String id : ids.subList(0, Math.min(SOURCES_SHOWN, ids.size()))) {
            Source s = data.source(id);
            lines.add(s == null ? id : SourceText.line(s, l));
        }
        String text = String.join(l == Language.ZH ? "；" : "; ", lines);
        if (ids.size() > SOURCES_SHOWN) {
            text += Messages.format(l, "compare.more", ids.size() - SOURCES_SHOWN);
        }
        return Messages.format(l, "compare.sources", text);
    }

    private static String name(Dataset data, String adcode, Language l) {
        County c = data.county(adcode);
        return c == null ? adcode : Formats.countyName(c, l);
    }

    static Pairing pairing(Dataset data, String id) {
        return data.pairings().stream().filter(p -> p.id().equals(id)).findFirst().orElse(null);
    }

    static Enclave enclave(Dataset data, String id) {
        return data.enclaves().stream().filter(e -> e.id().equals(id)).findFirst().orElse(null);
    }
}
