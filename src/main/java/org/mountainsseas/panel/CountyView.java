package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.YearView;

/**
 * The side panel's page for one county: its class, names, city, class, side of the Qingda Line and
 * list membership, partners, enclaves and projects. It is built once and refilled by {@link #show}
 * for each county: the labels keep their places, and the pairings and cards are kept in pools (one
 * per kind) and refilled in order, so selecting a county makes no new nodes once the page has shown
 * as many of each kind, and no node has its CSS applied anew unless a style class or id it carries changes.
 */
final class CountyView extends VBox {
    private final Label badge = new Label();
    private final Label name = new WrapLabel("");
    private final Label other = new Label();
    private final FactGrid facts = new FactGrid();
    private final Section partners = new Section("partners");
    private final Section enclaves = new Section("enclaves");
    private final Section projects = new Section("projects");
    private final Label noPartner = Cards.wrap("", "no-partner");
    private final Label noEnclaves = Cards.wrap("", "empty");
    private final Label noProjects = Cards.wrap("", "empty");
    private final List<PairingView> pairingViews = new ArrayList<>();
    private final List<CardView> enclaveCards = new ArrayList<>();
    private final List<CardView> projectCards = new ArrayList<>();
    private final Consumer<String> select;
    private final Consumer<String> openLink;
    private String badgeClass;

    CountyView(Consumer<String> select, Consumer<String> openLink) {
        super(12);
        this.select = select;
        this.openLink = openLink;
        badge.getStyleClass().add("class-badge");
        name.getStyleClass().add("panel-title");
        name.setId("county-name");
        other.getStyleClass().add("panel-subtitle");
        other.setId("county-name-other");
        noPartner.setId("no-partner");
        getChildren().addAll(new HBox(8, badge), name, other, facts, partners, enclaves, projects);
    }

    /** Shows county {@code c}: its class {@code k}, side {@code side}, and its pairings as of {@code year} (null: today). */
    void show(County c, Dataset data, Language l, CountyClass k, LineSide side, YearView year) {
        name.setText(ShownText.name(c.name().get(l)));
        other.setText(ShownText.name(c.name().get(l.other())));
        fullOnDemand(name, c.name().get(l));
        fullOnDemand(other, c.name().get(l.other()));
        badge.setText(Formats.countyClass(k, l));
        String kc = "class-" + k.name().toLowerCase(java.util.Locale.ROOT);
        Children.swapStyleClass(badge, badgeClass, kc);
        badgeClass = kc;

        facts.clear();
        facts.add(Messages.get(l, "panel.city"), ShownText.name(c.city().get(l)));
        facts.add(Messages.get(l, "panel.class"), Formats.countyClass(k, l));
        facts.add(Messages.get(l, "panel.side"), Formats.side(side, l));
        Membership m = data.membershipOf(c.adcode());
        if (m != null) {
            String listed = Messages.get(l, m.group() == Membership.Group.ISLAND ? "membership.island" : "membership.listed")
                    + " " + Formats.dating(m.from(), l);
            if (m.until() != null) {
                listed += Messages.get(l, "membership.left") + " " + Formats.dating(m.until(), l);
            }
            facts.add(Messages.get(l, "panel.list"), listed);
        }
        facts.done();

        partners.title(Messages.get(l, k == CountyClass.MOUNTAIN || k == CountyClass.OTHER ? "panel.partners" : "panel.supports"));
        noPartner.setText(Messages.get(l, k == CountyClass.MOUNTAIN ? "panel.noPartner" : "panel.noPairing"));
        partners.fill(data.pairingsOf(c.adcode()), noPartner, pairingViews,
                () -> new PairingView(select, openLink), (v, p) -> v.show(p, c.adcode(), data, l, year));

        enclaves.title(Messages.get(l, "panel.enclaves"));
        noEnclaves.setText(Messages.get(l, "panel.noEnclaves"));
        enclaves.fill(data.enclavesOf(c.adcode()), noEnclaves, enclaveCards,
                () -> new CardView(openLink), (v, e) -> Cards.enclave(v, e, data, l));

        projects.title(Messages.get(l, "panel.projects"));
        noProjects.setText(Messages.get(l, "panel.noProjects"));
        projects.fill(data.projectsOf(c.adcode()), noProjects, projectCards,
                () -> new CardView(openLink), (v, p) -> Cards.project(v, p, data, l));
    }

    /** A name cut for showing ({@link ShownText}) keeps the full one in a tooltip and for screen readers. */
    private static void fullOnDemand(Label label, String full) {
        if (!ShownText.cut(full)) {
            label.setTooltip(null);
            label.setAccessibleText(null);
            return;
        }
        Tooltip tip = label.getTooltip();
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            label.setTooltip(tip);
        }
        tip.setText(full);
        label.setAccessibleText(full);
    }

    /** A titled section whose items come from a pool of views, or a line saying there are none. */
    private static final class Section extends VBox {
        private final Label title = new Label();

        Section(String id) {
            super(6);
            title.getStyleClass().add("section-title");
            getStyleClass().add("section");
            setId(id);
            getChildren().add(title);
        }

        void title(String text) {
            title.setText(text);
        }

        <T, V extends Node> void fill(List<T> items, Node none, List<V> pool, Supplier<V> make, BiConsumer<V, T> show) {
            List<Node> wanted = new ArrayList<>(items.size() + 1);
            wanted.add(title);
            if (items.isEmpty()) {
                wanted.add(none);
            }
            for (int i = 0; i < items.size(); i++) {
                if (i == pool.size()) {
                    pool.add(make.get());
                }
                V v = pool.get(i);
                show.accept(v, items.get(i));
                wanted.add(v);
            }
            Children.fit(getChildren(), wanted);
        }
    }
}
