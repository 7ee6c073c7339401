package org.mountainsseas.mode.lecture;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.state.AppState;

/**
 * The presenter's own window, holding a {@link PresenterView}, placed where it is asked (the
 * laptop's screen, or beside the lecture in a rehearsal). Closing it, or the audience's window
 * closing, calls {@code onClosed} once; {@link #close} closes it and undoes everything it added.
 */
final class PresenterWindow {
    private final Stage stage = new Stage();
    private final PresenterView view;
    private final Runnable onClosed;
    private Subscription audienceShowing;
    private boolean closed;

    PresenterWindow(AppState state, LectureView lecture, Atlas atlas, Map<String, List<double[]>> outlines, Clock clock,
                    Stage audience, ScreenChoice.Area where, boolean maximized, Runnable onClosed) {
        this.onClosed = onClosed;
        view = new PresenterView(state, lecture, atlas, outlines, clock);
        Scene scene = new Scene(view, where.width(), where.height());
        scene.getStylesheets().setAll(audience.getScene() == null ? List.of() : audience.getScene().getStylesheets());
        stage.setScene(scene);
        stage.titleProperty().bind(state.trf("presenter.title", lecture.tour().tour().title().get(state.language())));
        stage.setX(where.x());
        stage.setY(where.y());
        stage.setMaximized(maximized);
        stage.setOnCloseRequest(e -> ended());
        audienceShowing = audience.showingProperty().subscribe((was, showing) -> {
            if (!showing) {
                ended();
            }
        });
    }

    void show() {
        stage.show();
        view.requestFocus();
    }

    private void ended() {
        if (!closed) {
            onClosed.run();
        }
    }

    /** Closes the window, stops its clock and removes its listeners; a second call does nothing. */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        audienceShowing.unsubscribe();
        view.dispose();
        stage.titleProperty().unbind();
        stage.close();
    }

    Stage stage() {
        return stage;
    }

    PresenterView view() {
        return view;
    }
}
