package org.mountainsseas.state;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.review.DataOrigin;
import org.mountainsseas.review.ItemRow;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.review.ReviewRows;
import org.mountainsseas.search.SearchIndex;

/**
 * The review tools' part of {@link AppState}: the filter, the rows it leaves (derived bindings the
 * tables, the map and the counts share), the counties picked for comparison, whether the review
 * area is open, the source picked in the Sources view, and which data set is in use.
 */
public final class ReviewState {
    private final ReadOnlyObjectProperty<Dataset> dataset;
    private final ReadOnlyObjectWrapper<ReviewFilter> filter = new ReadOnlyObjectWrapper<>(this, "filter", ReviewFilter.NONE);
    private final ObjectBinding<List<PairingRow>> pairingRows;
    private final ObjectBinding<List<ItemRow>> itemRows;
    private final ObjectBinding<Set<String>> litCounties;
    private final ObjectBinding<SearchIndex> searchIndex;
    private final ObservableList<String> compared = FXCollections.observableArrayList();
    // one read-only view, kept: listeners on a view that was dropped would be garbage-collected with it
    private final ObservableList<String> comparedView = FXCollections.unmodifiableObservableList(compared);
    private final ReadOnlyBooleanWrapper open = new ReadOnlyBooleanWrapper(this, "open", false);
    private final ReadOnlyStringWrapper source = new ReadOnlyStringWrapper(this, "source");
    private final ReadOnlyObjectWrapper<DataOrigin> origin = new ReadOnlyObjectWrapper<>(this, "origin", DataOrigin.BUNDLED);

    ReviewState(ReadOnlyObjectProperty<Dataset> dataset) {
        this.dataset = dataset;
        pairingRows = Bindings.createObjectBinding(() -> ReviewRows.pairings(dataset.get(), filter.get()), dataset, filter);
        itemRows = Bindings.createObjectBinding(() -> ReviewRows.items(dataset.get(), filter.get()), dataset, filter);
        litCounties = Bindings.createObjectBinding(() -> Set.copyOf(ReviewRows.litCounties(dataset.get(), filter.get(),
                pairingRows.get(), itemRows.get())), pairingRows, itemRows);
        searchIndex = Bindings.createObjectBinding(() -> SearchIndex.build(dataset.get()), dataset);
        dataset.addListener((o, a, b) -> compared.removeIf(adcode -> b.county(adcode) == null));
    }

    // Properties

    public ReadOnlyObjectProperty<ReviewFilter> filterProperty() {
        return filter.getReadOnlyProperty();
    }

    public ReviewFilter filter() {
        return filter.get();
    }

    /** The pairing table's rows under the filter (gaps included). */
    public ObjectBinding<List<PairingRow>> pairingRowsProperty() {
        return pairingRows;
    }

    /** The enclave and project table's rows under the filter. */
    public ObjectBinding<List<ItemRow>> itemRowsProperty() {
        return itemRows;
    }

    /** The counties the filter leaves lit on the map; all of them without a filter. */
    public ObjectBinding<Set<String>> litCountiesProperty() {
        return litCounties;
    }

    /** The search index over the data in use, rebuilt when the data change. */
    public SearchIndex searchIndex() {
        return searchIndex.get();
    }

    /** The counties picked for comparison, in the order picked; read-only. */
    public ObservableList<String> compared() {
        return comparedView;
    }

    public ReadOnlyBooleanProperty openProperty() {
        return open.getReadOnlyProperty();
    }

    /** The source picked in the Sources view (e.g. from a search result), or null. */
    public ReadOnlyStringProperty sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DataOrigin> originProperty() {
        return origin.getReadOnlyProperty();
    }

    // Commands

    public void setFilter(ReviewFilter f) {
        filter.set(Objects.requireNonNull(f));
    }

    public void clearFilters() {
        filter.set(ReviewFilter.NONE);
    }

    /** Adds a county to the comparison, or removes it if it is there. */
    public void toggleCompare(String adcode) {
        if (!compared.remove(adcode) && dataset.get().county(adcode) != null) {
            compared.add(adcode);
        }
    }

    public void setCompared(Collection<String> adcodes) {
        List<String> known = new ArrayList<>();
        for (String a : adcodes) {
            if (dataset.get().county(a) != null && !known.contains(a)) {
                known.add(a);
            }
        }
        compared.setAll(known);
    }

    public void setOpen(boolean value) {
        open.set(value);
    }

    public void toggleOpen() {
        open.set(!open.get());
    }

    /** Shows a source in the Sources view and opens the review area. */
    public void showSource(String id) {
        source.set(dataset.get().source(id) != null ? id : null);
        open.set(true);
    }

    public void setOrigin(DataOrigin o) {
        origin.set(Objects.requireNonNull(o));
    }
}
