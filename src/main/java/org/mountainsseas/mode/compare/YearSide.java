package org.mountainsseas.mode.compare;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.value.ObservableValue;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.YearDiff;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Spotlight;

/**
 * One side of the comparison: a map of one year, drawn by the app's own {@link MapPane} and layers,
 * so it shows exactly what the main map shows with the timeline at that year. The layers read their
 * year, selection and spotlight from an {@link AppState}, so each side has a state of its own that
 * mirrors the app's data, county sides, language and review filter (and starts with its selection) and holds that side's year and what is
 * highlighted on it; it is made and dropped with the comparison and nothing else sees it.
 */
final class YearSide {
    private final AppState state;
    private final MapPane map;
    private final Subscription subscriptions;

    YearSide(AppState main, ObservableValue<Integer> year, ObservableValue<YearDiff.Change> chosen, Atlas atlas,
             Map<String, List<double[]>> cityOutlines) {
        state = new AppState(main.language());
        // the data and the year are in place before the map is built, so it opens on them without a fade
        subscriptions = Subscription.combine(
                main.datasetProperty().subscribe(d -> state.loadData(d, main.sidesProperty().get(), List.of())),
                main.languageProperty().subscribe(state::setLanguage),
                // the filter bar dims on both maps what it dims on the main one
                main.review().filterProperty().subscribe(f -> state.review().setFilter(f)),
                year.subscribe(y -> {
                    if (y == null) {
                        state.clearYear();
                    } else {
                        state.setYear(y);
                    }
                }),
                chosen.subscribe(c -> {
                    if (c != null) {
                        state.clearSelection();
                    }
                    state.spotlight(spotlight(c, state.dataset()));
                }));
        // the county selected on the main map stays selected on both
        state.selectAll(main.selection(), main.selected());
        map = new MapPane(state, atlas, MapStyle.standard(), cityOutlines);
    }

    /** What a change lights on a map: the pairing and its two counties, the county, or the enclave and its counties. */
    static Spotlight spotlight(YearDiff.Change c, Dataset data) {
        if (c == null) {
            return Spotlight.NONE;
        }
        Set<String> counties = new HashSet<>();
        switch (c.kind()) {
            case PAIRING:
                for (Pairing p : data.pairings()) {
                    if (p.id().equals(c.id())) {
                        counties.add(p.mountain());
                        counties.add(p.partner());
                    }
                }
                counties.remove(null);
                return new Spotlight(counties, Set.of(c.id()), Set.of(), false);
            case LISTING:
                return new Spotlight(Set.of(c.id()), Set.of(), Set.of(), false);
            default:
                for (Enclave e : data.enclaves()) {
                    if (e.id().equals(c.id())) {
                        counties.add(e.host());
                        counties.add(e.beneficiary());
                    }
                }
                counties.remove(null);
                return new Spotlight(counties, Set.of(), Set.of(c.id()), false);
        }
    }

    AppState state() {
        return state;
    }

    MapPane map() {
        return map;
    }

    /** Stops following the app's state and the comparison, and disposes the map. */
    void dispose() {
        subscriptions.unsubscribe();
        map.dispose();
    }
}
