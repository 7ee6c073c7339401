package org.mountainsseas.mode.lecture;

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
        sources.setText(state.text("lecture.sources") + "\n" + describe(step.sources()));
        hint.setText(index < tour.size() - 1 ? state.text("lecture.hint.next") : state.text("lecture.hint.end"));
    }

    /** Up to three sources, one a line: "publisher (or web site): title, date". */
    private String describe(List<String> ids) {
        List<String> parts = new ArrayList<>();
        for (String id : ids.subList(0, Math.min(3, ids.size()))) {
            Source s = state.dataset().source(id);
            parts.add(s == null ? id : source(s));
        }
        String text = String.join("\n", parts);
        return ids.size() > 3 ? text + state.format("lecture.sources.more", ids.size() - 3) : text;
    }

    /** One source as a line: who published it (or the web site, when the record names no publisher), its title, its date. */
    static String source(Source s) {
        String who = s.publisher() != null ? s.publisher() : host(s.url());
        // the record's own remarks in brackets ("(wiki mirror)") are for reviewers, not for the audience
        String title = s.title() == null ? "" : s.title().replaceFirst("\\s*[(（][^()（）]*[)）]\\s*$", "");
        title = title.length() > 44 ? title.substring(0, 43) + "…" : title;
        String line = who == null || who.isBlank() || title.startsWith(who) ? title : title.isBlank() ? who : who + ": " + title;
        java.util.regex.Matcher m = DATE.matcher(s.date() == null ? "" : s.date());
        return m.lookingAt() ? line + ", " + m.group() : line;
    }

    private static String host(String url) {
        try {
            String h = url == null ? null : java.net.URI.create(url).getHost();
            return h == null ? null : h.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
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
