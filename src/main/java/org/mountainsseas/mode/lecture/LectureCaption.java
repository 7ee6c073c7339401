package org.mountainsseas.mode.lecture;

import org.mountainsseas.model.Cut;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * The caption column beside the map: chapter, year, title, caption, an optional chart of
 * province-wide figures, and the step's sources. It sits beside the map, never over it, so it
 * cannot cover what the step highlights. A click here advances the tour (the view wires that).
 */
final class LectureCaption extends VBox {
    private static final java.util.regex.Pattern DATE = java.util.regex.Pattern.compile("\\d{4}(-\\d{2}){0,2}");
    private final AppState state;
    private final TourState tour;
    private final Label chapter = label("lecture-chapter");
    private final Label year = label("lecture-year");
    private final Label title = label("lecture-title");
    private final Label caption = label("lecture-text");
    private final Label sources = label("lecture-sources");
    private final Label hint = label("lecture-hint");
    private final VBox chartBox = new VBox();
    private final InvalidationListener refresh = o -> refresh();

    LectureCaption(AppState state, TourState tour) {
        this.state = state;
        this.tour = tour;
        getStyleClass().add("lecture-caption");
        setId("lecture-caption");
        Region spacer = new Region();
        VBox.setVgrow(spacer, Priority.ALWAYS);
        VBox.setVgrow(chartBox, Priority.SOMETIMES);
        getChildren().addAll(chapter, year, title, caption, chartBox, spacer, sources, hint);
        tour.currentProperty().addListener(refresh);
        state.languageProperty().addListener(refresh);
        refresh();
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private void refresh() {
        Tour.Step step = tour.step();
        if (step == null) {
            return;
        }
        Language lang = state.language();
        int index = tour.current();
        chapter.setText(state.format("lecture.chapter", tour.tour().chapterNumber(index),
                tour.tour().chapterOf(index).title().get(lang)));
        year.setText(step.year() == null ? "" : String.valueOf(step.year()));
        year.setVisible(step.year() != null);
        year.setManaged(step.year() != null);
        title.setText(step.title().get(lang));
        caption.setText(step.caption().get(lang));
        chartBox.getChildren().clear();
        if (!step.chart().isEmpty()) {
            XYChart<?, ?> chart = TourChart.create(state.dataset(), step.chart(), lang);
            if (chart != null) {
                VBox.setVgrow(chart, Priority.ALWAYS);
                chartBox.getChildren().add(chart);
            }
        }
        sources.setText(state.text("lecture.sources") + " " + describe(step.sources()));
        hint.setText(index < tour.size() - 1 ? state.text("lecture.hint.next") : state.text("lecture.hint.end"));
    }

    private String describe(List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(3, ids.size()))) {
            Source s = state.dataset().source(id);
            if (s == null) {
                parts.add(id);
            } else {
                String who = s.publisher() != null ? s.publisher() : s.title();
                who = Cut.toLength(who, 40);
                java.util.regex.Matcher m = DATE.matcher(s.date() == null ? "" : s.date());
                parts.add(m.lookingAt() ? who + ", " + m.group() : who);
            }
        }
        String text = String.join("; ", parts);
        return ids.size() > 3 ? text + state.format("lecture.sources.more", ids.size() - 3) : text;
    }

    /** Shows or hides the "click here for the next step" line (an exported picture or video has no one to click). */
    void setHintShown(boolean shown) {
        hint.setVisible(shown);
        hint.setManaged(shown);
    }

    /** The caption's text as shown now (title, then caption), e.g. for a PDF's text layer. */
    String plainText() {
        return title.getText() + "\n" + caption.getText() + "\n" + sources.getText();
    }

    void dispose() {
        tour.currentProperty().removeListener(refresh);
        state.languageProperty().removeListener(refresh);
    }
}
