package org.mountainsseas.state;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.model.YearRange;

/**
 * The year comparison: whether it replaces the map, its two years (null: today, as the timeline's
 * "All years · today"), split or swipe, where the swipe divider stands, and which change is
 * chosen in its list. The changes between the years are a binding here. Part of {@link AppState},
 * reached by {@code state.compare()}.
 */
public final class CompareState {
    /** The default year A: the map of 2012 beside today's is what officials asked to see. */
    public static final int DEFAULT_A = 2012;

    private final ObservableValue<Dataset> dataset;
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown");
    private final ReadOnlyObjectWrapper<Integer> yearA = new ReadOnlyObjectWrapper<>(this, "yearA");
    private final ReadOnlyObjectWrapper<Integer> yearB = new ReadOnlyObjectWrapper<>(this, "yearB");
    private final ReadOnlyBooleanWrapper swipe = new ReadOnlyBooleanWrapper(this, "swipe");
    private final ReadOnlyDoubleWrapper divider = new ReadOnlyDoubleWrapper(this, "divider", 0.5);
    private final ReadOnlyObjectWrapper<YearDiff.Change> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private final ObjectBinding<YearDiff> diff;
    private boolean yearsSet;
    /** While both years change at once: a change chosen in both the old and the new comparison stays chosen. */
    private boolean settingBoth;

    CompareState(ObservableValue<Dataset> dataset) {
        this.dataset = dataset;
        this.diff = Bindings.createObjectBinding(() -> YearDiff.between(dataset.getValue(), yearA.get(), yearB.get()),
                dataset, yearA, yearB);
        // a change that is no longer one between the new years is no longer chosen
        diff.addListener((o, a, now) -> {
            if (!settingBoth) {
                keepChosen();
            }
        });
    }

    private void keepChosen() {
        YearDiff now = diff.get();
        if (chosen.get() != null && !now.changes().contains(chosen.get())) {
            chosen.set(now.find(chosen.get().key()));
        }
    }

    // Properties

    /** True while the comparison replaces the map. */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean shown() {
        return shown.get();
    }

    /** Year A (left), or null for today. */
    public ReadOnlyObjectProperty<Integer> yearAProperty() {
        return yearA.getReadOnlyProperty();
    }

    public Integer yearA() {
        return yearA.get();
    }

    /** Year B (right), or null for today. */
    public ReadOnlyObjectProperty<Integer> yearBProperty() {
        return yearB.getReadOnlyProperty();
    }

    public Integer yearB() {
        return yearB.get();
    }

    /** True for one map with a divider (A left of it, B right), false for two maps side by side. */
    public ReadOnlyBooleanProperty swipeProperty() {
        return swipe.getReadOnlyProperty();
    }

    public boolean swipe() {
        return swipe.get();
    }

    /** Where the swipe divider stands, as a share of the map's width (0.02–0.98). */
    public ReadOnlyDoubleProperty dividerProperty() {
        return divider.getReadOnlyProperty();
    }

    public double divider() {
        return divider.get();
    }

    /** The change chosen in the list, highlighted on both maps; null for none. */
    public ReadOnlyObjectProperty<YearDiff.Change> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public YearDiff.Change chosen() {
        return chosen.get();
    }

    /** What changed from year A to year B. */
    public ObjectBinding<YearDiff> diffProperty() {
        return diff;
    }

    public YearDiff diff() {
        return diff.get();
    }

    // Commands

    /** Shows the comparison; the first time with {@link #DEFAULT_A} beside the data's last year. */
    public void open() {
        if (!yearsSet) {
            YearRange range = YearRange.of(dataset.getValue());
            setYears(DEFAULT_A, range.last());
        }
        shown.set(true);
    }

    /** Shows the comparison of these two years (null: today); a year outside the data is moved into them. */
    public void open(Integer a, Integer b) {
        setYears(a, b);
        shown.set(true);
    }

    /** Back to the map. */
    public void close() {
        shown.set(false);
    }

    /** Sets both years (null: today); a change chosen before stays chosen if it is a change between the new years too. */
    public void setYears(Integer a, Integer b) {
        settingBoth = true;
        try {
            setYearA(a);
            setYearB(b);
        } finally {
            settingBoth = false;
        }
        keepChosen();
    }

    /** Sets year A (null: today), clamped to the years the data cover. */
    public void setYearA(Integer y) {
        yearsSet = true;
        yearA.set(clamp(y));
    }

    public void setYearB(Integer y) {
        yearsSet = true;
        yearB.set(clamp(y));
    }

    /** Moves year A by {@code delta}, as the timeline steps: from today a step back starts at the last year. */
    public void stepYearA(int delta) {
        setYearA(YearRange.of(dataset.getValue()).step(yearA.get(), delta));
    }

    public void stepYearB(int delta) {
        setYearB(YearRange.of(dataset.getValue()).step(yearB.get(), delta));
    }

    private Integer clamp(Integer y) {
        return y == null ? null : YearRange.of(dataset.getValue()).clamp(y);
    }

    public void setSwipe(boolean on) {
        swipe.set(on);
    }

    /** Moves the swipe divider to a share of the width, kept within 0.02–0.98 so both years stay in sight. */
    public void setDivider(double share) {
        divider.set(Math.max(0.02, Math.min(0.98, Double.isNaN(share) ? 0.5 : share)));
    }

    /** Chooses a change to highlight on both maps (null clears). */
    public void choose(YearDiff.Change change) {
        chosen.set(change);
    }
}
