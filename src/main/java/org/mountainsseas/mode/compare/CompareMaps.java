package org.mountainsseas.mode.compare;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Subscription;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CompareState;

/**
 * The two maps of the comparison and their year labels. Split: A on the left half, B on the right,
 * each the same size so both show the same extent. Swipe: both fill the area, B on top clipped to
 * the right of the {@link SwipeDivider}, so A shows left of it and B right of it; a press lands on
 * whichever map shows there. The cameras are {@linkplain CameraLink linked} either way.
 */
final class CompareMaps extends Region {
    static final double GAP = 6;
    private final AppState state;
    private final CompareState compare;
    private final YearSide a;
    private final YearSide b;
    private final Label labelA = new Label();
    private final Label labelB = new Label();
    private final SwipeDivider divider;
    private final Rectangle clipB = new Rectangle();
    private final CameraLink link;
    private final Subscription subscriptions;

    CompareMaps(AppState state, YearSide a, YearSide b) {
        this.state = state;
        this.compare = state.compare();
        this.a = a;
        this.b = b;
        getStyleClass().add("compare-maps");
        setId("compare-maps");
        divider = new SwipeDivider(compare);
        labelA.setId("compare-label-a");
        labelB.setId("compare-label-b");
        for (Label l : new Label[] {labelA, labelB}) {
            l.getStyleClass().add("compare-year-label");
            l.setMouseTransparent(true);
            l.setManaged(false);
        }
        labelA.getStyleClass().add("side-a");
        labelB.getStyleClass().add("side-b");
        a.map().setMinSize(0, 0);
        b.map().setMinSize(0, 0);
        getChildren().addAll(a.map(), b.map(), divider, labelA, labelB);
        link = new CameraLink(a.map(), b.map());
        subscriptions = Subscription.combine(
                compare.swipeProperty().subscribe(this::modeChanged),
                compare.dividerProperty().subscribe(v -> requestLayout()),
                compare.yearAProperty().subscribe(y -> labels()),
                compare.yearBProperty().subscribe(y -> labels()),
                state.languageProperty().subscribe(l -> labels()));
    }

    private void modeChanged(boolean swipe) {
        divider.setVisible(swipe);
        divider.setManaged(swipe);
        b.map().setClip(swipe ? clipB : null);
        // side by side, one legend (B's) is enough, and it starts folded: open, it covered a third of
        // B's map (Wenzhou's coast); under the divider both sit in the same place and read as one
        a.map().setChromeVisible(true, swipe);
        b.map().legend().setFoldAlways(!swipe);
        requestLayout();
    }

    private void labels() {
        labelA.setText(state.text("compare.caption.a") + " · " + yearText(compare.yearA()));
        labelB.setText(state.text("compare.caption.b") + " · " + yearText(compare.yearB()));
        requestLayout();
    }

    private String yearText(Integer y) {
        return y == null ? state.text("compare.label.today") : state.format("compare.label.year", String.valueOf(y));
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth(), h = getHeight();
        labelA.autosize();
        labelB.autosize();
        double top = 10;
        if (compare.swipe()) {
            a.map().resizeRelocate(0, 0, w, h);
            b.map().resizeRelocate(0, 0, w, h);
            double x = Math.round(compare.divider() * w);
            clipB.setX(x);
            clipB.setY(0);
            clipB.setWidth(Math.max(0, w - x));
            clipB.setHeight(h);
            divider.resizeRelocate(x - SwipeDivider.HIT_WIDTH / 2, 0, SwipeDivider.HIT_WIDTH, h);
            labelA.relocate(Math.max(0, x - SwipeDivider.HIT_WIDTH / 2 - labelA.getWidth() - 4), top);
            labelB.relocate(Math.min(w - labelB.getWidth(), x + SwipeDivider.HIT_WIDTH / 2 + 4), top);
        } else {
            double half = Math.floor((w - GAP) / 2);
            a.map().resizeRelocate(0, 0, half, h);
            b.map().resizeRelocate(w - half, 0, half, h);
            labelA.relocate((half - labelA.getWidth()) / 2, top);
            labelB.relocate(w - half + (half - labelB.getWidth()) / 2, top);
        }
        // each map lays out (and re-fits to its new size) now, then B takes A's view
        a.map().layout();
        b.map().layout();
        link.sync();
    }

    /** Where the divider stands on screen, in this region's coordinates (for tests). */
    double dividerX() {
        return compare.divider() * getWidth();
    }

    SwipeDivider divider() {
        return divider;
    }

    Label label(boolean sideA) {
        return sideA ? labelA : labelB;
    }

    void dispose() {
        subscriptions.unsubscribe();
        link.dispose();
    }
}
