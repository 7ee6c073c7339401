package org.mountainsseas.panel;

import java.util.function.IntConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.Subscription;
import org.mountainsseas.state.AppState;

/**
 * One year of the year comparison, chosen with the timeline's own controls: a caption (A or B),
 * the year, the timeline's {@link YearTrack} to drag or click (its event marks choose their year),
 * and "Today" for the data as they stand (the timeline's "All years · today"). Keys while it has
 * focus, as on the timeline: ← and → step a year. It shows the year of {@code side}, the state of
 * that side's map, and asks for changes through the given commands, which set the comparison's year.
 */
public final class YearPicker extends HBox {
    private final AppState side;
    private final YearTrack track;
    private final Label year = new Label();
    private final Button today = new Button();
    private final Subscription subscriptions;

    /**
     * @param caption "compare.caption.a" or "compare.caption.b"
     * @param set     sets the year; {@code clear} sets today; {@code step} moves it by a number of years
     */
    public YearPicker(AppState side, String caption, IntConsumer set, Runnable clear, IntConsumer step) {
        this.side = side;
        getStyleClass().add("year-picker");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        Label name = new Label();
        name.textProperty().bind(side.tr(caption));
        name.getStyleClass().addAll("year-picker-caption", caption.replace('.', '-'));
        name.setMinWidth(USE_PREF_SIZE);
        year.getStyleClass().add("year-picker-year");
        year.setMinWidth(USE_PREF_SIZE);
        track = new YearTrack(side, set, (y, events, mark) -> set.accept(y));
        track.setMinWidth(160);
        Tooltip trackTip = new Tooltip();
        trackTip.textProperty().bind(side.tr("compare.picker.tip"));
        Tooltip.install(track, trackTip);
        HBox.setHgrow(track, Priority.ALWAYS);
        today.textProperty().bind(side.tr("compare.any"));
        today.getStyleClass().add("timeline-all");
        today.setMinWidth(USE_PREF_SIZE);
        Tooltip todayTip = new Tooltip();
        todayTip.textProperty().bind(side.tr("compare.any.tip"));
        today.setTooltip(todayTip);
        today.setOnAction(e -> clear.run());
        getChildren().addAll(name, year, track, today);
        addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
                step.accept(e.getCode() == KeyCode.LEFT ? -1 : 1);
                e.consume();
            }
        });
        subscriptions = Subscription.combine(side.yearProperty().subscribe(y -> refresh()),
                side.languageProperty().subscribe(l -> refresh()));
    }

    private void refresh() {
        Integer y = side.year();
        year.setText(y == null ? side.text("compare.today") : String.valueOf(y));
        today.setDisable(y == null);
        track.setAccessibleText(year.getText());
    }

    /** The track (to focus, and for tests). */
    public javafx.scene.Node track() {
        return track;
    }

    /** The year as shown (for tests). */
    public String yearText() {
        return year.getText();
    }

    /** Stops following the side's state. */
    public void dispose() {
        subscriptions.unsubscribe();
        track.dispose();
    }
}
