package org.mountainsseas.panel;

import java.util.function.Consumer;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Text;

/** What the expandable detail cards say for enclaves, projects, items beyond Zhejiang and corridors: every field, figure and source. */
final class Cards {
    private Cards() {
    }

    /** Fills {@code card} with the enclave {@code e}. */
    static void enclave(CardView card, Enclave e, Dataset data, Language l) {
        FactGrid grid = card.facts();
        grid.add(Messages.get(l, "enclave.type"), Formats.enclaveType(e.type(), l)
                + (e.typeNote() != null ? " — " + e.typeNote().get(l) : ""));
        grid.add(Messages.get(l, "enclave.host"), place(e.hostPlace(), data.county(e.host()), l));
        grid.add(Messages.get(l, "enclave.beneficiary"), place(e.beneficiaryName(), data.county(e.beneficiary()), l));
        grid.add(Messages.get(l, "enclave.opened"), Formats.dating(e.opened(), l));
        figures(grid, e.figures(), l);
        card.show(e.id(), e.name().get(l), e.note(), e.provenance(), data, l);
    }

    /** Fills {@code card} with the project {@code p}. */
    static void project(CardView card, Project p, Dataset data, Language l) {
        FactGrid grid = card.facts();
        grid.add(Messages.get(l, "project.kind"), Formats.projectKind(p.kind(), l));
        grid.add(Messages.get(l, "project.location"), place(p.locationPlace(), data.county(p.location()), l));
        if (!p.partners().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (String a : p.partners()) {
                County c = data.county(a);
                if (names.length() > 0) {
                    names.append(l == Language.ZH ? "、" : ", ");
                }
                names.append(c == null ? a : ShownText.name(c.name().get(l)));
            }
            grid.add(Messages.get(l, "project.partners"), names.toString());
        }
        grid.add(Messages.get(l, "project.year"), Formats.dating(p.year(), l));
        if (p.enclaveId() != null) {
            Enclave e = enclaveById(data, p.enclaveId());
            grid.add(Messages.get(l, "project.sameAs"), e == null ? p.enclaveId() : e.name().get(l));
        }
        figures(grid, p.figures(), l);
        card.show(p.id(), p.name().get(l), p.note(), p.provenance(), data, l);
    }

    /** An item beyond Zhejiang: programme, Zhejiang partner, places, date, figures, note and sources. */
    static TitledPane outreach(org.mountainsseas.model.Outreach o, Dataset data, Language l, Consumer<String> openLink) {
        CardView card = new CardView(openLink);
        FactGrid grid = card.facts();
        grid.add(Messages.get(l, "china.programme"), Messages.get(l, "china.programme."
                + o.programme().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                + (o.programmeNote() != null ? " — " + o.programmeNote().get(l) : ""));
        grid.add(Messages.get(l, "china.partner"), o.zhejiangName().get(l));
        StringBuilder places = new StringBuilder();
        for (org.mountainsseas.model.Place p : o.places()) {
            places.append(places.length() == 0 ? "" : "\n").append(p.name().get(l));
            if (p.pointNote() != null) {
                places.append(" (").append(p.pointNote().get(l)).append(')');
            }
        }
        grid.add(Messages.get(l, "china.places"), places.toString());
        grid.add(Messages.get(l, "china.date"), Formats.dating(o.date(), l));
        figures(grid, o.figures(), l);
        return open(card, o.id(), o.name(), o.note(), o.provenance(), data, l);
    }

    /** A mountain–sea corridor: kind, the counties it links, date, how its line is drawn, note and sources. */
    static TitledPane corridor(org.mountainsseas.model.Corridor c, Dataset data, Language l, Consumer<String> openLink) {
        CardView card = new CardView(openLink);
        FactGrid grid = card.facts();
        grid.add(Messages.get(l, "corridor.kind"),
                Messages.get(l, "corridor.kind." + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        StringBuilder links = new StringBuilder();
        for (String adcode : c.counties()) {
            County county = data.county(adcode);
            links.append(links.length() == 0 ? "" : " · ").append(county == null ? adcode : ShownText.name(county.name().get(l)));
        }
        grid.add(Messages.get(l, "corridor.links"), links.toString());
        grid.add(Messages.get(l, "corridor.date"), Formats.dating(c.date(), l));
        if (c.pathNote() != null) {
            grid.add(Messages.get(l, "corridor.path"), c.pathNote().get(l));
        }
        return open(card, c.id(), c.name(), c.note(), c.provenance(), data, l);
    }

    /** A card that stays open (the only item in its panel): its facts, note and sources. */
    private static TitledPane open(CardView card, String id, Text name, Text note, org.mountainsseas.model.Provenance provenance,
                                   Dataset data, Language l) {
        card.show(id, name.get(l), note, provenance, data, l);
        card.setExpanded(true);
        card.setCollapsible(false);
        return card;
    }

    private static Enclave enclaveById(Dataset data, String id) {
        for (Enclave e : data.enclaves()) {
            if (e.id().equals(id)) {
                return e;
            }
        }
        return null;
    }

    private static String place(Text place, County county, Language l) {
        String p = place.get(l);
        return county == null || p.contains(county.name().get(l)) ? p : p + " (" + ShownText.name(county.name().get(l)) + ")";
    }

    private static void figures(FactGrid grid, java.util.List<Figure> figures, Language l) {
        for (Figure f : figures) {
            grid.add(f.label().get(l), f.text().get(l));
        }
    }

    static Label wrap(String text, String styleClass) {
        Label l = new WrapLabel(text);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        return l;
    }
}
