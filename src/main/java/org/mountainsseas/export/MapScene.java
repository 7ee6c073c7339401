package org.mountainsseas.export;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.YearView;

/**
 * What a printed map shows, taken from the app's state (or the command line) and nothing from the
 * window: the data and geometry, the language, the timeline year (null: the data as of today), the
 * selection and what it highlights (the selected counties and their partners), and the review
 * filter's result ({@code lit} counties and {@code shownPairings}; null when no filter is set).
 * The page always shows the whole province, so it looks the same whatever the window's size.
 */
public record MapScene(Dataset data, Atlas atlas, Map<String, LineSide> sides, Map<String, List<double[]>> cityOutlines,
                       Language language, Integer year, Set<String> selection, Set<String> highlighted,
                       Set<String> lit, Set<String> shownPairings, String subtitle) {

    public MapScene {
        // copies that answer contains(null) with false: a pairing's partner or an enclave's host may be null
        selection = copy(selection);
        highlighted = copy(highlighted);
        lit = lit == null ? null : copy(lit);
        shownPairings = shownPairings == null ? null : copy(shownPairings);
    }

    private static Set<String> copy(Set<String> s) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(s));
    }

    /** The whole data set, nothing selected or filtered, as of today. */
    public static MapScene of(Dataset data, Atlas atlas, Map<String, LineSide> sides, Map<String, List<double[]>> cityOutlines,
                              Language language) {
        return new MapScene(data, atlas, sides, cityOutlines, language, null, Set.of(), Set.of(), null, null, "");
    }

    /** The same map with these counties selected and their partners highlighted (as the app does). */
    public MapScene selecting(Set<String> adcodes) {
        Set<String> lit = new LinkedHashSet<>(adcodes);
        for (String a : adcodes) {
            lit.addAll(data.partnersOf(a));
        }
        return new MapScene(data, atlas, sides, cityOutlines, language, year, adcodes, lit, this.lit, shownPairings, subtitle);
    }

    public MapScene inYear(Integer y) {
        return new MapScene(data, atlas, sides, cityOutlines, language, y, selection, highlighted, lit, shownPairings, subtitle);
    }

    public MapScene withSubtitle(String s) {
        return new MapScene(data, atlas, sides, cityOutlines, language, year, selection, highlighted, lit, shownPairings, s);
    }

    /** The state of the data in the scene's year, or null for today. */
    YearView yearView() {
        return year == null ? null : YearView.of(data, year);
    }
}
