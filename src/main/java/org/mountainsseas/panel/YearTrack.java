package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import javafx.beans.InvalidationListener;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;
import org.mountainsseas.model.YearRange;
import org.mountainsseas.model.TimelineEvent;
import org.mountainsseas.state.AppState;

/**
 * The track of the timeline bar: a year axis from the first event to the data date, a mark over
 * each year that has events (click it for their captions), and a thumb at the timeline year that
 * follows the mouse when dragged. With no year set the thumb sits hollow at the right end: today.
 * Focusable and announced as a slider; the keys are handled by {@link TimelineBar}.
 */
final class YearTrack extends Region {
    static final double PAD = 16;
    private static final double AXIS_Y = 26;
    private static final javafx.css.PseudoClass SMALL = javafx.css.PseudoClass.getPseudoClass("small");
    private final AppState state;
    private final IntConsumer onDrag;
    private final MarkHandler onMark;
    private final Region thumb = new Region();
    private final List<Node> scale = new ArrayList<>();
    private final List<Button> marks = new ArrayList<>();
    private final InvalidationListener onData = o -> rebuildMarks();
    private final InvalidationListener onYear = o -> yearChanged();
    private String laidOut = "";

    /** Called when an event mark is clicked, with its year and events and the mark itself (to anchor a popup). */
    interface MarkHandler {
        void open(int year, List<TimelineEvent> events, Node mark);
    }

    YearTrack(AppState state, IntConsumer onDrag, MarkHandler onMark) {
        this.state = state;
        this.onDrag = onDrag;
        this.onMark = onMark;
        getStyleClass().add("year-track");
        setId("year-track");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        thumb.getStyleClass().add("year-thumb");
        thumb.setId("year-thumb");
        thumb.setMouseTransparent(true);
        setMinHeight(58);
        setPrefHeight(58);
        setMinWidth(120);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        state.datasetProperty().addListener(onData);
        state.yearProperty().addListener(onYear);
        rebuildMarks();
        yearChanged();
    }

    private void drag(MouseEvent e) {
        if (e.getTarget() instanceof Node && marks.stream().anyMatch(m -> isInside((Node) e.getTarget(), m))) {
            return;
        }
        requestFocus();
        onDrag.accept((int) Math.round(yearAt(e.getX())));
        e.consume();
    }

    private static boolean isInside(Node n, Node ancestor) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** The x of a (fractional) year inside the track. */
    double xOf(double year) {
        YearRange r = state.yearRange();
        double w = Math.max(1, getWidth() - 2 * PAD);
        return PAD + (r.last() == r.first() ? 0 : (year - r.first()) / (r.last() - r.first()) * w);
    }

    /** The (fractional) year under an x, clamped to the range. */
    double yearAt(double x) {
        YearRange r = state.yearRange();
        double w = Math.max(1, getWidth() - 2 * PAD);
        double t = Math.max(0, Math.min(1, (x - PAD) / w));
        return r.first() + t * (r.last() - r.first());
    }

    private void rebuildMarks() {
        Map<Integer, List<TimelineEvent>> byYear = new TreeMap<>();
        for (TimelineEvent e : state.dataset().timeline()) {
            if (e.date() != null && e.date().year() != null) {
                byYear.computeIfAbsent(e.date().year(), k -> new ArrayList<>()).add(e);
            }
        }
        getChildren().removeAll(marks);
        marks.forEach(m -> m.getTooltip().textProperty().unbind());
        marks.clear();
        byYear.forEach((year, events) -> {
            Button mark = new Button(events.size() > 1 ? String.valueOf(events.size()) : "");
            mark.getStyleClass().add("event-mark");
            mark.setId("event-mark-" + year);
            mark.setUserData(year);
            mark.setFocusTraversable(true);
            Tooltip tip = new Tooltip();
            tip.textProperty().bind(state.trf("timeline.mark.tip", String.valueOf(year), events.size()));
            mark.setTooltip(tip);
            mark.accessibleTextProperty().bind(tip.textProperty());
            mark.setOnAction(e -> onMark.open(year, List.copyOf(events), mark));
            marks.add(mark);
        });
        getChildren().addAll(marks);
        laidOut = "";
        requestLayout();
    }

    private void yearChanged() {
        Integer y = state.year();
        for (Button m : marks) {
            m.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("current"), y != null && y.equals(m.getUserData()));
        }
        thumb.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("today"), y == null);
        notifyAccessibleAttributeChanged(AccessibleAttribute.VALUE);
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        YearRange r = state.yearRange();
        String key = getWidth() + "|" + r.first() + "|" + r.last();
        if (!key.equals(laidOut)) {
            laidOut = key;
            layoutScale(r);
        }
        // marks shrink on a narrow track so that neighbouring years do not overlap
        double perYear = r.last() == r.first() ? 100 : (getWidth() - 2 * PAD) / (r.last() - r.first());
        double size = Math.max(8, Math.min(14, perYear - 2));
        for (Button m : marks) {
            m.resizeRelocate(xOf((Integer) m.getUserData()) - size / 2, 7 - size / 2, size, size);
            m.pseudoClassStateChanged(SMALL, size < 12);
        }
        Integer y = state.year();
        double x = y == null ? xOf(r.last()) : xOf(y);
        thumb.resizeRelocate(x - 8, AXIS_Y - 8, 16, 16);
    }

    private void layoutScale(YearRange r) {
        getChildren().removeAll(scale);
        scale.clear();
        Line axis = new Line(xOf(r.first()), AXIS_Y, xOf(r.last()), AXIS_Y);
        axis.getStyleClass().add("year-axis");
        scale.add(axis);
        double perYear = r.last() == r.first() ? 1000 : (getWidth() - 2 * PAD) / (r.last() - r.first());
        int step = 1;
        for (int s : new int[] {1, 2, 5, 10}) {
            step = s;
            if (perYear * s >= 42) {
                break;
            }
        }
        for (int year = r.first(); year <= r.last(); year++) {
            boolean labelled = year % step == 0 || year == r.first() || year == r.last();
            Line tick = new Line(xOf(year), AXIS_Y - (labelled ? 5 : 3), xOf(year), AXIS_Y + (labelled ? 5 : 3));
            tick.getStyleClass().add("year-tick");
            scale.add(tick);
            boolean crowded = year != r.first() && year != r.last() && (year - r.first() < step / 2.0 + 0.5 || r.last() - year < step / 2.0 + 0.5);
            if (labelled && !(crowded && year % step == 0 && step > 1)) {
                Text t = new Text(String.valueOf(year));
                t.getStyleClass().add("year-label");
                t.setTextOrigin(VPos.TOP);
                t.setX(xOf(year) - t.getLayoutBounds().getWidth() / 2);
                t.setY(AXIS_Y + 9);
                scale.add(t);
            }
        }
        getChildren().addAll(0, scale);
        if (!getChildren().contains(thumb)) {
            getChildren().add(thumb);
        }
    }

    /** The event marks, in year order (for tests). */
    List<Button> marks() {
        return List.copyOf(marks);
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        YearRange r = state.yearRange();
        switch (attribute) {
            case VALUE: return (double) (state.year() == null ? r.last() : state.year());
            case MIN_VALUE: return (double) r.first();
            case MAX_VALUE: return (double) r.last();
            default: return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT: state.stepYear(1); break;
            case DECREMENT: state.stepYear(-1); break;
            default: super.executeAccessibleAction(action, parameters);
        }
    }

    void dispose() {
        state.datasetProperty().removeListener(onData);
        state.yearProperty().removeListener(onYear);
        marks.forEach(m -> m.getTooltip().textProperty().unbind());
    }
}
