package org.mountainsseas.panel;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Free text that may be long (a note or a description of up to 2,000 characters, combining marks
 * included), laid out at a bounded cost. One wrapping label shapes its whole text as one run and,
 * for complex text, shapes the rest of it again for every line it breaks, so such a note took
 * about 0.2 s to lay out; here the text is cut at line-break opportunities into pieces of a few
 * words, one {@link Text} each in a {@link TextFlow}, which wraps them as one paragraph and shapes
 * each piece alone. It takes the style class a label would ({@code -fx-font-*} reach the pieces
 * by inheritance, {@code -fx-text-fill} is read here and handed to them), so a note reads as it
 * would in a label. {@link #setText} reuses the pieces it has.
 */
final class LongText extends TextFlow {
    /** Pieces are cut at the first line-break opportunity at or after this many characters. */
    static final int PIECE = 16;
    private static final CssMetaData<LongText, Paint> TEXT_FILL = new CssMetaData<>("-fx-text-fill",
            PaintConverter.getInstance(), Color.BLACK) {
        @Override
        public boolean isSettable(LongText n) {
            return !n.textFill.isBound();
        }

        @Override
        public StyleableProperty<Paint> getStyleableProperty(LongText n) {
            return n.textFill;
        }
    };
    private static final List<CssMetaData<? extends Styleable, ?>> CSS;

    static {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(TextFlow.getClassCssMetaData());
        all.add(TEXT_FILL);
        CSS = List.copyOf(all);
    }

    private final StyleableObjectProperty<Paint> textFill = new SimpleStyleableObjectProperty<>(TEXT_FILL, this, "textFill", Color.BLACK);
    private String text = "";
    // a TextFlow lays its whole text out anew for every size it is asked (twice: it sets the asked
    // width, then its own back), and a layout pass asks several times; it answers the last two widths
    // (the panel with and without its scroll bar) from what it measured until its text or style changes
    private final double[] heightFor = {Double.NaN, Double.NaN};
    private final double[] height = new double[2];
    private int older;
    private double prefWidth = Double.NaN;
    private boolean laying;

    LongText(String text, String styleClass) {
        getStyleClass().add(styleClass);
        setAccessibleRole(AccessibleRole.TEXT);
        setMinWidth(0);
        setText(text);
    }

    String getText() {
        return text;
    }

    /**
     * Shows {@code s}, reusing the pieces already made: a piece whose text is unchanged is not
     * touched, and pieces beyond the new text stay, empty, for a longer text to come (a piece that
     * left and came back, or a new one, would have its CSS applied anew).
     */
    void setText(String s) {
        String t = s == null ? "" : s;
        if (t.equals(text)) {
            return;
        }
        text = t;
        List<String> pieces = pieces(t);
        List<Node> kids = getChildren();
        for (int i = 0; i < Math.max(pieces.size(), kids.size()); i++) {
            String piece = i < pieces.size() ? pieces.get(i) : "";
            if (i < kids.size()) {
                Text shown = (Text) kids.get(i);
                if (!shown.getText().equals(piece)) {
                    shown.setText(piece);
                }
            } else {
                Text shown = new Text(piece);
                shown.fillProperty().bind(textFill);
                kids.add(shown);
            }
        }
        setAccessibleText(t);
    }

    @Override
    public void requestLayout() {
        if (!laying) {
            heightFor[0] = Double.NaN;
            heightFor[1] = Double.NaN;
            prefWidth = Double.NaN;
        }
        super.requestLayout();
    }

    @Override
    protected void layoutChildren() {
        // placing the pieces moves them, which asks for a layout again; that does not change the sizes measured
        laying = true;
        try {
            super.layoutChildren();
        } finally {
            laying = false;
        }
    }

    @Override
    protected double computePrefHeight(double width) {
        for (int i = 0; i < 2; i++) {
            if (heightFor[i] == width) {
                return height[i];
            }
        }
        double h = super.computePrefHeight(width);
        heightFor[older] = width;
        height[older] = h;
        older = 1 - older;
        return h;
    }

    @Override
    protected double computePrefWidth(double h) {
        if (h != -1) {
            return super.computePrefWidth(h);
        }
        if (Double.isNaN(prefWidth)) {
            prefWidth = super.computePrefWidth(h);
        }
        return prefWidth;
    }

    /** {@code s} cut at line-break opportunities into pieces of at least {@link #PIECE} characters (the last may be shorter). Pure. */
    static List<String> pieces(String s) {
        List<String> out = new ArrayList<>();
        if (s.isEmpty()) {
            return out;
        }
        BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);
        lines.setText(s);
        int start = 0;
        for (int end = lines.next(); end != BreakIterator.DONE; end = lines.next()) {
            if (end - start >= PIECE || end == s.length() || s.charAt(end - 1) == '\n') {
                out.add(s.substring(start, end));
                start = end;
            }
        }
        if (start < s.length()) {
            out.add(s.substring(start));
        }
        return out;
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS;
    }
}
