package org.mountainsseas.state;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The mountain–sea corridors on the Zhejiang map (bridges, a port link, a railway): whether their
 * layer is shown and which one is selected. Part of {@link AppState}, reached by {@code state.corridors()};
 * selecting a county clears the corridor selection and selecting a corridor clears the county's.
 */
public final class CorridorState {
    private final ReadOnlyBooleanWrapper shown = new ReadOnlyBooleanWrapper(this, "shown", true);
    private final ReadOnlyStringWrapper selected = new ReadOnlyStringWrapper(this, "selected");
    private final Runnable clearCounty;

    CorridorState(Runnable clearCounty) {
        this.clearCounty = clearCounty;
    }

    // Properties

    /** True while the corridor layer is drawn (the legend's check box). */
    public ReadOnlyBooleanProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public boolean shown() {
        return shown.get();
    }

    /** The id ({@code L…}) of the corridor shown in the side panel, or null. */
    public ReadOnlyStringProperty selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public String selected() {
        return selected.get();
    }

    // Commands

    /** Shows or hides the corridor layer; hiding it drops its selection. */
    public void show(boolean value) {
        shown.set(value);
        if (!value) {
            selected.set(null);
        }
    }

    /** Selects a corridor (clearing any county selection), or clears with null. */
    public void select(String id) {
        if (id != null) {
            clearCounty.run();
        }
        selected.set(id);
    }

    /** Clears the corridor selection (a county was selected). */
    void clear() {
        selected.set(null);
    }
}
