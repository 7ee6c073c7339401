package org.mountainsseas.state;

import java.util.Set;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Which map extent is shown (Zhejiang, or China with the cooperation beyond the province) and
 * which item beyond Zhejiang is selected there. Part of {@link AppState}, reached by {@code state.china()}.
 */
public final class ChinaState {
    private final ReadOnlyBooleanWrapper chinaShown = new ReadOnlyBooleanWrapper(this, "chinaShown");
    private final ReadOnlyStringWrapper selectedItem = new ReadOnlyStringWrapper(this, "selectedItem");
    private final ReadOnlyObjectWrapper<Set<String>> spotlit = new ReadOnlyObjectWrapper<>(this, "spotlit", Set.of());

    // Properties

    /** True while the China view replaces the Zhejiang map. */
    public ReadOnlyBooleanProperty chinaShownProperty() {
        return chinaShown.getReadOnlyProperty();
    }

    public boolean chinaShown() {
        return chinaShown.get();
    }

    /** The id ({@code B…}) of the item beyond Zhejiang shown in the side panel, or null. */
    public ReadOnlyStringProperty selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    public String selectedItem() {
        return selectedItem.get();
    }

    /**
     * The items ({@code B…}) a lecture step points at: the China view frames their places and dims
     * the rest. Empty (the explorer's case): all of China, nothing dimmed.
     */
    public ReadOnlyObjectProperty<Set<String>> spotlitProperty() {
        return spotlit.getReadOnlyProperty();
    }

    public Set<String> spotlit() {
        return spotlit.get();
    }

    // Commands

    /** Points at these items (a lecture step's); an empty set points at none. */
    public void spotlight(Set<String> ids) {
        spotlit.set(Set.copyOf(ids));
    }

    /** Shows the China view (true) or the Zhejiang map (false). */
    public void showChina(boolean show) {
        chinaShown.set(show);
    }

    /** Selects an item beyond Zhejiang (null clears). */
    public void selectItem(String id) {
        selectedItem.set(id);
    }
}
