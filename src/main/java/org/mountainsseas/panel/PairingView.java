package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.YearView;

/**
 * One pairing in the side panel, seen from one of its counties: the other county (a link that
 * selects it, or its name when it is off the map), since when and how sure, whether it held in the
 * year shown, its note and sources. Refilled in place by {@link #show}.
 */
final class PairingView extends VBox {
    private final Hyperlink link = new Hyperlink();
    private final Label offMap = new Label();
    private final Label since = Cards.wrap("", "pairing-since");
    private final Label inYear = Cards.wrap("", "pairing-in-year");
    private final FreeText note = new FreeText("note");
    private final SourcesView sources;
    private String presenceClass;
    private String other;

    PairingView(Consumer<String> select, Consumer<String> openLink) {
        super(3);
        sources = new SourcesView(openLink);
        getStyleClass().add("pairing");
        link.getStyleClass().add("partner-link");
        link.setOnAction(e -> select.accept(other));
        offMap.getStyleClass().add("partner-off-map");
    }

    /** Shows {@code p} as the county {@code self} sees it; {@code year} is the year shown, or null for today. */
    void show(Pairing p, String self, Dataset data, Language l, YearView year) {
        boolean asMountain = Objects.equals(p.mountain(), self);
        other = asMountain ? p.partner() : p.mountain();
        County county = data.county(other);
        List<Node> wanted = new ArrayList<>(5);
        if (county != null) {
            link.setText(ShownText.name(county.name().get(l)) + " · " + ShownText.name(county.city().get(l)));
            Children.id(link, "partner-" + other);
            wanted.add(link);
        } else {
            offMap.setText(ShownText.name(p.partnerName().get(l)) + " — " + Messages.get(l, "pairing.offMap"));
            wanted.add(offMap);
        }
        since.setText(Messages.get(l, "pairing.since") + " " + Formats.dating(p.since(), l) + " · " + Formats.status(p.status(), l));
        wanted.add(since);
        if (year != null) {
            Presence at = year.pairing(p);
            String presence = at.name().toLowerCase(Locale.ROOT);
            inYear.setText(Messages.format(l, "timeline.presence." + presence, String.valueOf(year.year())));
            String k = "presence-" + presence.replace('_', '-');
            Children.swapStyleClass(inYear, presenceClass, k);
            presenceClass = k;
            wanted.add(inYear);
        }
        if (p.note() != null) {
            wanted.add(note.show(p.note().get(l)));
        }
        sources.show(p.provenance(), data, l);
        wanted.add(sources);
        Children.fit(getChildren(), wanted);
    }
}
