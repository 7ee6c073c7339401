package org.mountainsseas.panel;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Label;

/**
 * A place in the side panel for free text (a note, a description): text up to {@link #LONG}
 * characters is shown in a wrapping label, as every real note is; longer text, up to the data's cap
 * of 2,000 characters, in a {@link LongText}, whose layout cost stays bounded however long the text
 * and whatever combining marks it holds. {@link #show} returns the node that shows the text, to be
 * put in the panel; both nodes are kept for the next text.
 */
final class FreeText {
    /** The longest text shown in a label (the longest real note has 334 characters). */
    static final int LONG = 400;
    private final Supplier<Label> makeLabel;
    private final String styleClass;
    private Label label;
    private LongText flow;

    /** Free text in a {@link Cards#wrap wrapping label} of {@code styleClass} when short. */
    FreeText(String styleClass) {
        this(() -> Cards.wrap("", styleClass), styleClass);
    }

    /** Free text in the label {@code makeLabel} gives when short, in a {@link LongText} of {@code styleClass} when long. */
    FreeText(Supplier<Label> makeLabel, String styleClass) {
        this.makeLabel = makeLabel;
        this.styleClass = styleClass;
    }

    /** The node that shows {@code text}, refilled. */
    Node show(String text) {
        if (text.length() <= LONG) {
            if (label == null) {
                label = makeLabel.get();
            }
            label.setText(text);
            return label;
        }
        if (flow == null) {
            flow = new LongText("", styleClass);
        }
        flow.setText(text);
        return flow;
    }

    /** A node showing {@code text} once, in a wrapping label of {@code styleClass} or, when long, a {@link LongText}. */
    static Node of(String text, String styleClass) {
        return new FreeText(styleClass).show(text);
    }
}
