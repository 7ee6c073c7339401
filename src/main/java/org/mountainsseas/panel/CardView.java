package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Text;

/**
 * An expandable card for one item (an enclave, a project, an item beyond Zhejiang, a corridor):
 * a title that wraps, a grid of facts, a note and the sources. {@link Cards} says what goes in it;
 * the card is refilled in place for another item ({@link #show}), so a side panel that shows
 * another county's cards reuses the ones it has.
 */
final class CardView extends TitledPane {
    /** The room the title's arrow and padding take beside the title text, in pixels. */
    private static final double TITLE_INSET = 44;
    private final Label heading = new Label();
    private final FactGrid facts = new FactGrid();
    private final FreeText note = new FreeText("note");
    private final SourcesView sources;
    private final VBox body = new VBox(6, facts);
    private String item;

    CardView(Consumer<String> openLink) {
        sources = new SourcesView(openLink);
        setContent(body);
        // the title as a wrapping label: a TitledPane's own text keeps to one line and runs off a narrow panel
        heading.setWrapText(true);
        heading.getStyleClass().add("card-title");
        heading.setMinWidth(0);
        heading.maxWidthProperty().bind(widthProperty().subtract(TITLE_INSET));
        // the title bar asks its graphic for one line's height, so the label states its wrapped height
        heading.prefHeightProperty().bind(Bindings.createDoubleBinding(
                () -> wrappedHeight(heading.getText(), heading.getFont(), heading.getMaxWidth()),
                heading.textProperty(), heading.fontProperty(), heading.maxWidthProperty()));
        heading.setMinHeight(Region.USE_PREF_SIZE);
        setGraphic(heading);
        setMinWidth(0);
        setExpanded(false);
        setAnimated(false);
        getStyleClass().add("card");
    }

    /** The grid to fill with this item's facts ({@link FactGrid#clear} done); {@link #show} shows them. */
    FactGrid facts() {
        return facts.clear();
    }

    /**
     * Shows the item {@code id} titled {@code title}, with the facts just added to {@link #facts},
     * its note (or none) and sources. A card that shows another item than before starts closed.
     */
    void show(String id, String title, Text noteText, Provenance provenance, Dataset data, Language l) {
        facts.done();
        heading.setText(title);
        setAccessibleText(title);
        if (!id.equals(item)) {
            setExpanded(false);
            item = id;
        }
        Children.id(this, "card-" + id);
        List<Node> wanted = new ArrayList<>(3);
        wanted.add(facts);
        if (noteText != null) {
            wanted.add(note.show(noteText.get(l)));
        }
        sources.show(provenance, data, l);
        wanted.add(sources);
        Children.fit(body.getChildren(), wanted);
    }

    private static double wrappedHeight(String s, javafx.scene.text.Font font, double width) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(s);
        t.setFont(font);
        t.setWrappingWidth(Math.max(1, width));
        return Math.ceil(t.getLayoutBounds().getHeight()) + 2;
    }
}
