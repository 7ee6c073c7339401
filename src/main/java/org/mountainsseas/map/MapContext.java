package org.mountainsseas.map;

import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Emphasis;

/**
 * What every painter of one map draws from: the state, the camera, the atlas, the style, the fade
 * between timeline years and the city outlines. Built once per map; painters read it while
 * painting and keep no copies, so a new style (a theme change) repaints the same map.
 */
public final class MapContext {
    final AppState state;
    final MapCamera camera;
    final Atlas atlas;
    private final javafx.beans.property.ObjectProperty<MapStyle> style;
    final YearFade years;
    final Map<String, List<double[]>> cityOutlines;

    MapContext(AppState state, MapCamera camera, Atlas atlas, MapStyle style, YearFade years,
               Map<String, List<double[]>> cityOutlines) {
        this.state = state;
        this.camera = camera;
        this.atlas = atlas;
        this.style = new javafx.beans.property.SimpleObjectProperty<>(this, "style", style);
        this.years = years;
        this.cityOutlines = cityOutlines;
    }

    /** The style the painters draw in now. */
    MapStyle style() {
        return style.get();
    }

    /** Draws the same map in another style from the next frame on (a theme change): nothing is rebuilt. */
    void setStyle(MapStyle next) {
        style.set(next);
    }

    /** What is drawn in focus: the state's one emphasis binding, read by every painter. */
    Emphasis emphasis() {
        return state.emphasis();
    }

    /**
     * Every property the map's pixels depend on besides the camera and the canvas size: a change
     * of any repaints the whole frame, so which painter reads which does not matter here.
     */
    List<Observable> observed() {
        return List.of(state.datasetProperty(), state.emphasisProperty(), state.spotlightProperty(), state.selectedProperty(),
                state.hoveredProperty(), state.languageProperty(), state.yearProperty(), years.fractionProperty(),
                state.review().litCountiesProperty(), state.review().pairingRowsProperty(),
                state.corridors().shownProperty(), state.corridors().selectedProperty(), style);
    }
}
