package org.mountainsseas.mode.kiosk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Text;

/**
 * The stories a visitor's county card tells: the county's enclaves and projects, each as a title,
 * a big number when the data give one (with what it counts), a date and a source line. Those
 * with a number come first, so the card's one story is the most telling. Pure.
 */
public final class CountyStories {
    /** One story; {@code number} and {@code numberLabel} are empty when the source gives no figure. */
    public record Story(String title, String number, String numberLabel, String date, String source) {
        public boolean hasNumber() {
            return !number.isEmpty();
        }
    }

    private CountyStories() {
    }

    public static List<Story> of(Dataset data, String adcode, Language lang) {
        List<Story> out = new ArrayList<>();
        List<String> enclaveIds = new ArrayList<>();
        for (Enclave e : data.enclavesOf(adcode)) {
            enclaveIds.add(e.id());
            out.add(story(data, e.name(), e.figures(), e.opened(), e.provenance(), lang));
        }
        for (Project p : data.projectsOf(adcode)) {
            if (p.enclaveId() != null && enclaveIds.contains(p.enclaveId())) {
                continue; // the same place as an enclave already told
            }
            out.add(story(data, p.name(), p.figures(), p.year(), p.provenance(), lang));
        }
        out.sort(Comparator.comparing(s -> !s.hasNumber()));
        return out;
    }

    private static Story story(Dataset data, Text name, List<Figure> figures, Dating date,
                               org.mountainsseas.model.Provenance provenance, Language lang) {
        Figure f = figures.stream().filter(x -> x.text() != null).findFirst().orElse(null);
        return new Story(name.get(lang), f == null ? "" : f.text().get(lang), f == null || f.label() == null ? "" : f.label().get(lang),
                date == null || date.text() == null ? "" : date.text().get(lang), HeadlineFigures.shortSourceLine(data, provenance, lang));
    }
}
