package org.mountainsseas.mode.lecture;

import java.util.List;
import java.util.Map;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;

/**
 * The presenter's look ahead: a small map showing the step after the current one, with its camera,
 * highlights and year, or "End of the tour" after the last. It draws from a scratch state of its
 * own (the same data, its own camera and spotlight), so looking ahead never moves the audience's
 * map; the tour's position, the language and the theme it follows from the one lecture.
 */
final class NextStepPreview extends StackPane {
    /** The thumbnail's map style, at this share of the lecture's line widths and type. */
    private static final double SCALE = 0.5;
    private final TourState tour;
    private final AppState scratch;
    private final TourState ahead;
    private final MapPane map;
    private final Label end = new Label();
    private final Subscription subscriptions;

    NextStepPreview(AppState state, TourState tour, Atlas atlas, Map<String, List<double[]>> outlines,
                    javafx.beans.value.ObservableValue<LectureTheme> theme) {
        this.tour = tour;
        getStyleClass().add("presenter-preview");
        setId("presenter-preview");
        scratch = new AppState(state.language());
        scratch.loadData(state.dataset(), state.sidesProperty().get(), List.of());
        ahead = new TourState(scratch, tour.tour());
        map = new MapPane(scratch, atlas, theme.getValue().mapStyle().scaled(SCALE), outlines);
        // a thumbnail: it jumps to each step and draws labels as plain text, and it is not for clicking
        map.setStill();
        map.setChromeVisible(false, false);
        map.setMouseTransparent(true);
        map.setFocusTraversable(false);
        end.getStyleClass().add("presenter-end");
        end.textProperty().bind(state.tr("presenter.end"));
        getChildren().addAll(map, end);
        subscriptions = tour.currentProperty().subscribe(c -> follow())
                .and(state.languageProperty().subscribe(scratch::setLanguage))
                .and(theme.subscribe((was, t) -> map.mapStyleProperty().set(t.mapStyle().scaled(SCALE))))
                // a fit made at another size would crop the step or leave a margin: fit again
                .and(widthProperty().subscribe((was, w) -> follow()))
                .and(heightProperty().subscribe((was, h) -> follow()));
    }

    private void follow() {
        int next = tour.current() + 1;
        boolean more = tour.current() >= 0 && next < tour.size();
        map.setVisible(more);
        end.setVisible(!more);
        if (more) {
            ahead.goTo(next);
        }
    }

    /** The step the preview shows (0-based), or -1 when it shows the end of the tour. */
    int shown() {
        return map.isVisible() ? ahead.current() : -1;
    }

    MapPane map() {
        return map;
    }

    void dispose() {
        subscriptions.unsubscribe();
        map.dispose();
    }
}
