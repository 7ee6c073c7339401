package org.mountainsseas.panel;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Figure;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Project;
import org.mountainsseas.model.Text;

/** Expandable detail cards for enclaves and projects: every field, figure and source. */
final class Cards {
    /** The room the title's arrow and padding take beside the title text, in pixels. */
    private static final double TITLE_INSET = 44;

    private Cards() {
    }

    static TitledPane enclave(Enclave e, Dataset data, Language l, Consumer<String> openLink) {
        GridPane grid = grid();
        int r = 0;
        r = row(grid, r, Messages.get(l, "enclave.type"), Formats.enclaveType(e.type(), l)
                + (e.typeNote() != null ? " — " + e.typeNote().get(l) : ""));
        r = row(grid, r, Messages.get(l, "enclave.host"), place(e.hostPlace(), data.county(e.host()), l));
        r = row(grid, r, Messages.get(l, "enclave.beneficiary"), place(e.beneficiaryName(), data.county(e.beneficiary()), l));
        r = row(grid, r, Messages.get(l, "enclave.opened"), Formats.dating(e.opened(), l));
        r = figures(grid, r, e.figures(), l);
        VBox body = new VBox(6, grid);
        if (e.note() != null) {
            body.getChildren().add(wrap(e.note().get(l), "note"));
        }
        body.getChildren().add(new SourcesView(e.provenance(), data, l, openLink));
        return titled(e.id(), e.name().get(l), body);
    }

    static TitledPane project(Project p, Dataset data, Language l, Consumer<String> openLink) {
        GridPane grid = grid();
        int r = 0;
        r = row(grid, r, Messages.get(l, "project.kind"), Formats.projectKind(p.kind(), l));
        r = row(grid, r, Messages.get(l, "project.location"), place(p.locationPlace(), data.county(p.location()), l));
        if (!p.partners().isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (String a : p.partners()) {
                County c = data.county(a);
                if (names.length() > 0) {
                    names.append(l == Language.ZH ? "、" : ", ");
                }
                names.append(c == null ? a : ShownText.name(c.name().get(l)));
            }
            r = row(grid, r, Messages.get(l, "project.partners"), names.toString());
        }
        r = row(grid, r, Messages.get(l, "project.year"), Formats.dating(p.year(), l));
        if (p.enclaveId() != null) {
            Enclave e = enclaveById(data, p.enclaveId());
            r = row(grid, r, Messages.get(l, "project.sameAs"), e == null ? p.enclaveId() : e.name().get(l));
        }
        r = figures(grid, r, p.figures(), l);
        VBox body = new VBox(6, grid);
        if (p.note() != null) {
            body.getChildren().add(wrap(p.note().get(l), "note"));
        }
        body.getChildren().add(new SourcesView(p.provenance(), data, l, openLink));
        return titled(p.id(), p.name().get(l), body);
    }

    /** An item beyond Zhejiang: programme, Zhejiang partner, places, date, figures, note and sources. */
    static TitledPane outreach(org.mountainsseas.model.Outreach o, Dataset data, Language l, Consumer<String> openLink) {
        GridPane grid = grid();
        int r = 0;
        r = row(grid, r, Messages.get(l, "china.programme"), Messages.get(l, "china.programme."
                + o.programme().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'))
                + (o.programmeNote() != null ? " — " + o.programmeNote().get(l) : ""));
        r = row(grid, r, Messages.get(l, "china.partner"), o.zhejiangName().get(l));
        StringBuilder places = new StringBuilder();
        for (org.mountainsseas.model.Place p : o.places()) {
            places.append(places.length() == 0 ? "" : "\n").append(p.name().get(l));
            if (p.pointNote() != null) {
                places.append(" (").append(p.pointNote().get(l)).append(')');
            }
        }
        r = row(grid, r, Messages.get(l, "china.places"), places.toString());
        r = row(grid, r, Messages.get(l, "china.date"), Formats.dating(o.date(), l));
        figures(grid, r, o.figures(), l);
        return openCard(o.id(), o.name(), grid, o.note(), o.provenance(), data, l, openLink);
    }

    /** A mountain–sea corridor: kind, the counties it links, date, how its line is drawn, note and sources. */
    static TitledPane corridor(org.mountainsseas.model.Corridor c, Dataset data, Language l, Consumer<String> openLink) {
        GridPane grid = grid();
        int r = 0;
        r = row(grid, r, Messages.get(l, "corridor.kind"),
                Messages.get(l, "corridor.kind." + c.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
        StringBuilder links = new StringBuilder();
        for (String adcode : c.counties()) {
            County county = data.county(adcode);
            links.append(links.length() == 0 ? "" : " · ").append(county == null ? adcode : ShownText.name(county.name().get(l)));
        }
        r = row(grid, r, Messages.get(l, "corridor.links"), links.toString());
        r = row(grid, r, Messages.get(l, "corridor.date"), Formats.dating(c.date(), l));
        if (c.pathNote() != null) {
            row(grid, r, Messages.get(l, "corridor.path"), c.pathNote().get(l));
        }
        return openCard(c.id(), c.name(), grid, c.note(), c.provenance(), data, l, openLink);
    }

    /** A card that stays open (the only item in its panel): its facts, note and sources. */
    private static TitledPane openCard(String id, Text name, GridPane grid, Text note, org.mountainsseas.model.Provenance provenance,
                                       Dataset data, Language l, Consumer<String> openLink) {
        VBox body = new VBox(6, grid);
        if (note != null) {
            body.getChildren().add(wrap(note.get(l), "note"));
        }
        body.getChildren().add(new SourcesView(provenance, data, l, openLink));
        TitledPane pane = titled(id, name.get(l), body);
        pane.setExpanded(true);
        pane.setCollapsible(false);
        return pane;
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

    private static int figures(GridPane grid, int r, java.util.List<Figure> figures, Language l) {
        for (Figure f : figures) {
            r = row(grid, r, f.label().get(l), f.text().get(l));
        }
        return r;
    }

    static GridPane grid() {
        GridPane grid = new GridPane();
        javafx.scene.layout.ColumnConstraints keys = new javafx.scene.layout.ColumnConstraints();
        keys.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        javafx.scene.layout.ColumnConstraints values = new javafx.scene.layout.ColumnConstraints();
        values.setMinWidth(0);
        values.setHgrow(javafx.scene.layout.Priority.ALWAYS);
        values.setFillWidth(true);
        grid.getColumnConstraints().addAll(keys, values);
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("fact-grid");
        return grid;
    }

    static int row(GridPane grid, int r, String key, String value) {
        Label k = new Label(key);
        k.getStyleClass().add("fact-key");
        k.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label v = wrap(value, "fact-value");
        grid.add(k, 0, r);
        grid.add(v, 1, r);
        return r + 1;
    }

    static Label wrap(String text, String styleClass) {
        Label l = new WrapLabel(text);
        l.getStyleClass().add(styleClass);
        l.setMaxWidth(Double.MAX_VALUE);
        l.setMinWidth(0);
        return l;
    }

    private static double wrappedHeight(String s, javafx.scene.text.Font font, double width) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        t.setWrappingWidth(Math.max(1, width));
        return Math.ceil(t.getLayoutBounds().getHeight()) + 2;
    }

    private static TitledPane titled(String id, String title, Node body) {
        TitledPane pane = new TitledPane(null, body);
        // the title as a wrapping label: a TitledPane's own text keeps to one line and runs off a narrow panel
        Label heading = new Label(title);
        heading.setWrapText(true);
        heading.getStyleClass().add("card-title");
        heading.setMinWidth(0);
        heading.maxWidthProperty().bind(pane.widthProperty().subtract(TITLE_INSET));
        // the title bar asks its graphic for one line's height, so the label states its wrapped height
        heading.prefHeightProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                () -> wrappedHeight(title, heading.getFont(), heading.getMaxWidth()), heading.fontProperty(), heading.maxWidthProperty()));
        heading.setMinHeight(Region.USE_PREF_SIZE);
        pane.setGraphic(heading);
        pane.setAccessibleText(title);
        pane.setMinWidth(0);
        pane.setExpanded(false);
        pane.setAnimated(false);
        pane.setId("card-" + id);
        pane.getStyleClass().add("card");
        return pane;
    }
}
