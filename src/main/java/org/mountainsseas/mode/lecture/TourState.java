package org.mountainsseas.mode.lecture;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Spotlight;

/**
 * A running tour: the tour (data) plus a current-step property and a blank-screen property. Its
 * commands move between steps; each move puts the step's highlights, camera and timeline year
 * (its {@code year}, or "today" for a step without one) into the {@link AppState} and clears any
 * county the audience's questions had selected. A step whose camera is {@code china} shows the
 * China view instead of Zhejiang. {@link #leave} gives back the year the explorer had and Zhejiang.
 */
public final class TourState {
    /** A blanked screen, as a presenter's B/. (black) and W/, (white) keys give. */
    public enum Blank { NONE, BLACK, WHITE }

    private final AppState state;
    private final Tour tour;
    private final List<Tour.Step> steps;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", -1);
    private final ReadOnlyObjectWrapper<Blank> blank = new ReadOnlyObjectWrapper<>(this, "blank", Blank.NONE);
    /** The explorer's timeline year when the tour was made (null: all years / today), put back on {@link #leave}. */
    private final Integer explorerYear;

    public TourState(AppState state, Tour tour) {
        this.state = Objects.requireNonNull(state);
        this.tour = Objects.requireNonNull(tour);
        this.steps = tour.steps();
        this.explorerYear = state.year();
    }

    public Tour tour() {
        return tour;
    }

    public int size() {
        return steps.size();
    }

    /** The current step, 0-based; -1 before the first {@link #goTo}. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public int current() {
        return current.get();
    }

    public Tour.Step step() {
        return current.get() < 0 ? null : steps.get(current.get());
    }

    public ReadOnlyObjectProperty<Blank> blankProperty() {
        return blank.getReadOnlyProperty();
    }

    public Blank blank() {
        return blank.get();
    }

    // Commands

    /** Shows step {@code index} (0-based, clamped to the tour); always re-applies its camera and highlights. */
    public void goTo(int index) {
        int i = Math.max(0, Math.min(steps.size() - 1, index));
        blank.set(Blank.NONE);
        current.set(i);
        apply(steps.get(i));
    }

    public void next() {
        if (blank.get() != Blank.NONE) {
            blank.set(Blank.NONE);
        } else if (current.get() < steps.size() - 1) {
            goTo(current.get() + 1);
        }
    }

    public void previous() {
        if (blank.get() != Blank.NONE) {
            blank.set(Blank.NONE);
        } else if (current.get() > 0) {
            goTo(current.get() - 1);
        }
    }

    public void first() {
        goTo(0);
    }

    public void last() {
        goTo(steps.size() - 1);
    }

    /** Blanks the screen in this colour, or un-blanks it if it already is. */
    public void toggleBlank(Blank colour) {
        blank.set(blank.get() == colour ? Blank.NONE : colour);
    }

    /** Leaves the tour: nothing spotlit, the explorer's timeline year back, the home view of Zhejiang. */
    public void leave() {
        blank.set(Blank.NONE);
        state.spotlight(Spotlight.NONE);
        state.china().spotlight(java.util.Set.of());
        state.china().showChina(false);
        if (explorerYear == null) {
            state.clearYear();
        } else {
            state.setYear(explorerYear);
        }
        state.goHome();
    }

    private void apply(Tour.Step step) {
        state.clearSelection();
        // a dated step shows the map as it was that year; any other tells today's story, whatever year the explorer had
        if (step.year() != null) {
            state.setYear(step.year());
        } else {
            state.clearYear();
        }
        Tour.Highlight h = step.highlight();
        state.spotlight(new Spotlight(new HashSet<>(h.counties()), new HashSet<>(h.pairings()),
                new HashSet<>(h.enclaves()), h.qingdaLine()));
        Tour.Camera c = step.camera();
        // a China step shows the China view framed on the items it highlights; any other step, Zhejiang
        state.china().selectItem(null);
        state.china().spotlight(c.kind() == Tour.Camera.Kind.CHINA ? new HashSet<>(h.beyond()) : java.util.Set.of());
        state.china().showChina(c.kind() == Tour.Camera.Kind.CHINA);
        switch (c.kind()) {
            case CHINA:
                break;
            case FIT:
                state.focusAll(c.fit());
                break;
            case POINT:
                state.lookAt(c.lat(), c.lon(), c.zoom());
                break;
            default:
                state.goHome();
        }
    }
}
