package org.mountainsseas.mode.lecture;

import java.util.concurrent.Executor;
import org.mountainsseas.io.OwnTours;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * What the tour picker and editor work with, handed in by the app: the state, the teacher's own
 * tours, where file work runs (never the FX thread; one thread, so saves land in order), and how
 * to present a tour from a 0-based step.
 */
public record TourTools(AppState state, OwnTours store, Executor io, Presenter present) {
    /** Starts a tour full screen at a 0-based step. */
    public interface Presenter {
        void present(Tour tour, int step);
    }
}
