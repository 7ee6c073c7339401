package org.mountainsseas.panel;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.mountainsseas.model.YearRange;
import org.mountainsseas.model.TimelineEvent;
import org.mountainsseas.model.YearView;
import org.mountainsseas.state.AppState;

/**
 * The timeline under the map: a play button, the year, the {@link YearTrack} to drag, an "All
 * years / today" reset, and a line that counts what was in force at the end of that year (with
 * how many more rest on uncertain dates) and says how uncertainty is drawn. Keys while the bar has
 * focus: Space plays or pauses, ← and → step a year. Playing steps one year per {@link #STEP}
 * and stops at the last year, on any other change the user makes, and in {@link #dispose()}.
 */
public final class TimelineBar extends VBox {
    static final Duration STEP = Duration.millis(900);
    private final AppState state;
    private final Button play = new Button();
    private final Label year = new Label();
    private final Button all = new Button();
    private final Label summary = new Label();
    private final Label legend = new Label();
    private final YearTrack track;
    private final EventPopup popup;
    private final Timeline player = new Timeline(new KeyFrame(STEP, e -> tick()));
    private final ReadOnlyBooleanWrapper playing = new ReadOnlyBooleanWrapper(this, "playing");
    private final InvalidationListener onChange = o -> refresh();

    public TimelineBar(AppState state, Consumer<String> openLink) {
        this.state = state;
        getStyleClass().add("timeline-bar");
        setId("timeline-bar");
        player.setCycleCount(Animation.INDEFINITE);
        popup = new EventPopup(state, openLink);
        track = new YearTrack(state, y -> {
            stop();
            state.setYear(y);
        }, this::openEvents);
        HBox.setHgrow(track, Priority.ALWAYS);
        play.setId("timeline-play");
        play.getStyleClass().add("timeline-play");
        play.setOnAction(e -> togglePlay());
        Tooltip playTip = new Tooltip();
        playTip.textProperty().bind(state.tr("timeline.play.tip"));
        play.setTooltip(playTip);
        year.setId("timeline-year");
        year.getStyleClass().add("timeline-year");
        year.setMinWidth(USE_PREF_SIZE);
        all.setId("timeline-all");
        all.getStyleClass().add("timeline-all");
        all.textProperty().bind(state.tr("timeline.all"));
        all.setMinWidth(USE_PREF_SIZE);
        play.setMinWidth(USE_PREF_SIZE);
        all.setOnAction(e -> {
            stop();
            state.clearYear();
        });
        Tooltip allTip = new Tooltip();
        allTip.textProperty().bind(state.tr("timeline.all.tip"));
        all.setTooltip(allTip);
        HBox controls = new HBox(10, play, year, track, all);
        controls.setAlignment(Pos.CENTER_LEFT);
        summary.setId("timeline-summary");
        summary.getStyleClass().add("timeline-summary");
        legend.getStyleClass().add("timeline-legend");
        legend.setWrapText(true);
        summary.setWrapText(true);
        // on a narrow window the lines wrap and the bar grows, rather than cutting them off
        summary.setMinHeight(USE_PREF_SIZE);
        legend.setMinHeight(USE_PREF_SIZE);
        getChildren().addAll(controls, summary, legend);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        playing.addListener(onChange);
        state.yearProperty().addListener(onChange);
        state.languageProperty().addListener(onChange);
        state.datasetProperty().addListener(onChange);
        refresh();
    }

    private void onKey(KeyEvent e) {
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            stop();
            state.stepYear(e.getCode() == KeyCode.LEFT ? -1 : 1);
        } else if (e.getCode() == KeyCode.SPACE && !(e.getTarget() instanceof ButtonBase)) {
            togglePlay();
        } else {
            return;
        }
        e.consume();
    }

    /** Starts playing from the first year (or the current one, if not at the end), or pauses. */
    public void togglePlay() {
        if (playing.get()) {
            stop();
            return;
        }
        YearRange range = state.yearRange();
        if (state.year() == null || state.year() >= range.last()) {
            state.setYear(range.first());
        }
        playing.set(true);
        player.playFromStart();
    }

    private void tick() {
        YearRange range = state.yearRange();
        if (state.year() == null || state.year() >= range.last()) {
            stop();
            return;
        }
        state.stepYear(1);
        if (state.year() >= range.last()) {
            stop();
        }
    }

    /** Stops playing; the year stays where it is. */
    public void stop() {
        player.stop();
        playing.set(false);
    }

    public ReadOnlyBooleanProperty playingProperty() {
        return playing.getReadOnlyProperty();
    }

    private void openEvents(int y, List<TimelineEvent> events, Node mark) {
        stop();
        state.setYear(y);
        popup.show(y, events, mark);
    }

    private void refresh() {
        play.setText(playing.get() ? "❚❚" : "▶");
        play.setAccessibleText(state.text(playing.get() ? "timeline.pause" : "timeline.play"));
        YearView v = state.yearView();
        all.setDisable(v == null);
        if (v == null) {
            year.setText(state.text("timeline.today"));
            summary.setText(state.text("timeline.summary.today"));
            legend.setText(state.text("timeline.legend.today"));
            return;
        }
        year.setText(String.valueOf(v.year()));
        String parts = part("timeline.part.pairings", v.pairingCount()) + state.text("timeline.part.separator")
                + part("timeline.part.enclaves", v.enclaveCount()) + state.text("timeline.part.separator")
                + part("timeline.part.listed", v.listedCount());
        summary.setText(state.format("timeline.summary", String.valueOf(v.year()), parts));
        legend.setText(state.text("timeline.legend"));
    }

    /** "4 pairings", or "4 pairings (+23 possible)" when some rest on uncertain dates. */
    private String part(String key, YearView.Count c) {
        String certain = state.format(key, c.certain());
        return c.uncertain() == 0 ? certain : state.format("timeline.part.possible", certain, c.uncertain());
    }

    /** The event popup (for tests). */
    EventPopup popup() {
        return popup;
    }

    YearTrack track() {
        return track;
    }

    /** Stops playing and removes every listener. */
    public void dispose() {
        stop();
        popup.hide();
        track.dispose();
        playing.removeListener(onChange);
        state.yearProperty().removeListener(onChange);
        state.languageProperty().removeListener(onChange);
        state.datasetProperty().removeListener(onChange);
    }
}
