package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.Source;

/**
 * The few large numbers of the kiosk's headline band, each with its date and source line: the
 * mountain counties of the 2021 list (counted from the data), then the province figures named in
 * {@link #FIGURE_IDS} that the data hold. Pure.
 */
public final class HeadlineFigures {
    /** Enclave parks (2021), cooperation projects and their investment (2023): what a visitor can picture. */
    static final List<String> FIGURE_IDS = List.of("F01", "F13", "F14");

    /** One headline number: its text, what it counts, when, and where it comes from. */
    public record Tile(String id, String number, String label, String date, String source) {
    }

    private HeadlineFigures() {
    }

    public static List<Tile> of(Dataset data, Language lang) {
        List<Tile> out = new ArrayList<>();
        int mountain = data.mountainCounties().size();
        if (mountain > 0) {
            Provenance p = data.memberships().stream()
                    .filter(m -> m.group() == Membership.Group.MOUNTAIN && data.mountainCounties().contains(m.adcode()))
                    .map(Membership::provenance).filter(Objects::nonNull).findFirst().orElse(null);
            out.add(new Tile("mountain", Integer.toString(mountain), Messages.get(lang, "kiosk.figure.mountain"),
                    Messages.get(lang, "kiosk.figure.mountain.date"), sourceLine(data, p)));
        }
        for (String id : FIGURE_IDS) {
            for (ProvinceFigure f : data.figures()) {
                if (f.id().equals(id)) {
                    out.add(new Tile(id, f.figure().text().get(lang), f.figure().label().get(lang),
                            f.asOf() == null ? "" : f.asOf().text().get(lang), sourceLine(data, f.provenance())));
                }
            }
        }
        return out;
    }

    /** "Title — publisher, date; …" for each source of a fact, or empty when none is known. */
    public static String sourceLine(Dataset data, Provenance p) {
        return String.join("; ", citations(data, p));
    }

    /**
     * The first source of a fact and how many others there are, for a visitor's one small line:
     * "Title — publisher, date (and 2 more)". Copies of one article (mirrors, reposts, the same
     * title) count once. Empty when no source is known.
     */
    public static String shortSourceLine(Dataset data, Provenance p, Language lang) {
        List<String> all = citations(data, p);
        if (all.isEmpty()) {
            return "";
        }
        return all.size() == 1 ? all.get(0) : Messages.format(lang, "kiosk.source.andMore", all.get(0), all.size() - 1);
    }

    private static List<String> citations(Dataset data, Provenance p) {
        List<String> parts = new ArrayList<>();
        if (p == null) {
            return parts;
        }
        java.util.Set<String> titles = new java.util.HashSet<>();
        for (String id : p.sourceIds()) {
            Source s = data.source(id);
            if (s == null || !titles.add(s.title())) {
                continue;
            }
            StringBuilder b = new StringBuilder(s.title());
            if (s.publisher() != null) {
                b.append(" — ").append(s.publisher());
            }
            if (s.date() != null) {
                b.append(", ").append(s.date());
            }
            parts.add(b.toString());
        }
        return parts;
    }
}
