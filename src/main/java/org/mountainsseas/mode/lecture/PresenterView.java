package org.mountainsseas.mode.lecture;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;

/**
 * What only the presenter sees: the step counter and chapter, elapsed time (with Reset) and the
 * clock on top; the current step's title, caption and speaker notes in large type; the next step
 * as a small map with its title and caption; and the list of steps, where a click or Enter jumps.
 * It follows the lecture's one {@link TourState}; clicker keys pressed here go to the lecture's
 * own key handling, so either window drives both. When the step list has the focus (Tab), ↑ ↓
 * Home End move through it and Enter jumps; after a jump the keys drive the tour again. Type scales with the window's size (notes 32 px in a 1080-pixel-high window at least 960 wide).
 */
public final class PresenterView extends BorderPane {
    /** Base type size on a 1080-pixel-high window; the notes are 1.4 times this. */
    static final double FONT_PX_AT_1080 = 23;
    private static final Set<KeyCode> LIST_KEYS = Set.of(KeyCode.UP, KeyCode.DOWN, KeyCode.HOME, KeyCode.END, KeyCode.ENTER);
    private final AppState state;
    private final TourState tour;
    private final LectureView lecture;
    private final PresenterClock clock;
    private final Label counter = label("presenter-counter");
    private final Label chapter = label("presenter-chapter");
    private final Label blank = label("presenter-blank");
    private final Label elapsed = label("presenter-elapsed");
    private final Label time = label("presenter-clock");
    private final Label title = label("presenter-title");
    private final Label caption = label("presenter-caption");
    private final Label notes = label("presenter-notes");
    private final Label nextTitle = label("presenter-next-title");
    private final Label nextCaption = label("presenter-next-caption");
    private final ObservableList<String> stepNames = FXCollections.observableArrayList();
    private final ListView<String> steps = new ListView<>(stepNames);
    private final NextStepPreview preview;
    private final Timeline ticker;
    private final Subscription subscriptions;

    /**
     * @param lecture the audience's view, whose keys and theme this window shares
     * @param clock   where elapsed time and the time of day are read (tests pass a clock they move)
     */
    public PresenterView(AppState state, LectureView lecture, Atlas atlas, Map<String, List<double[]>> outlines, Clock clock) {
        this.state = state;
        this.lecture = lecture;
        this.tour = lecture.tour();
        this.clock = new PresenterClock(clock);
        getStyleClass().add("presenter");
        setId("presenter");
        getStylesheets().add(PresenterView.class.getResource("presenter.css").toExternalForm());
        preview = new NextStepPreview(state, tour, atlas, outlines, lecture.themeProperty());
        setTop(header());
        setCenter(current());
        setRight(ahead());
        ticker = new Timeline(new KeyFrame(Duration.seconds(1), e -> refreshTime()));
        ticker.setCycleCount(Animation.INDEFINITE);
        ticker.play();
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        // keys go to the lecture unless the presenter is moving through the step list
        setFocusTraversable(true);
        subscriptions = tour.currentProperty().subscribe(c -> refresh())
                .and(state.languageProperty().subscribe(l -> refresh()))
                .and(tour.blankProperty().subscribe(this::showBlank))
                .and(heightProperty().subscribe(h -> scale()))
                .and(widthProperty().subscribe(w -> scale()));
        refreshTime();
    }

    private static Label label(String styleClass) {
        Label l = new Label();
        l.getStyleClass().add(styleClass);
        l.setId(styleClass);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private Node header() {
        Button reset = new Button();
        reset.setId("presenter-reset");
        reset.textProperty().bind(state.tr("presenter.reset"));
        // Space is the clicker's "next": it must not press this button
        reset.setFocusTraversable(false);
        reset.setOnAction(e -> {
            clock.reset();
            refreshTime();
        });
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Label l : List.of(counter, elapsed, time)) {
            l.setWrapText(false);
            l.setMinWidth(Region.USE_PREF_SIZE);
        }
        reset.setMinWidth(Region.USE_PREF_SIZE);
        // the chapter's name and the blank-screen note give way (with "…") before the times do
        chapter.setWrapText(false);
        chapter.setMinWidth(0);
        blank.setWrapText(false);
        blank.setMinWidth(0);
        HBox top = new HBox(16, counter, chapter, spacer, blank, elapsed, reset, time);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("presenter-top");
        return top;
    }

    private Node current() {
        Label notesHead = label("presenter-head");
        notesHead.textProperty().bind(state.tr("presenter.notes"));
        // when the window is short, the caption (the audience sees it anyway) gives way before the notes
        caption.setMinHeight(0);
        VBox box = new VBox(title, caption, notesHead, notes);
        box.getStyleClass().add("presenter-now");
        return box;
    }

    private Node ahead() {
        Label head = label("presenter-head");
        head.textProperty().bind(state.tr("presenter.next"));
        Label listHead = label("presenter-head");
        listHead.textProperty().bind(state.tr("presenter.steps"));
        // 16:9, like the audience's screen
        preview.prefHeightProperty().bind(preview.widthProperty().multiply(9.0 / 16));
        preview.minHeightProperty().bind(preview.prefHeightProperty());
        preview.maxHeightProperty().bind(preview.prefHeightProperty());
        preview.setMinWidth(0);
        steps.setId("presenter-steps");
        steps.setCellFactory(list -> {
            javafx.scene.control.ListCell<String> cell = new javafx.scene.control.ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            // a long title ends in "…" instead of widening the list (no sideways scrolling)
            cell.setPrefWidth(0);
            return cell;
        });
        // when the window is short, the next step's caption gives way before the list
        nextCaption.setMinHeight(0);
        steps.getStyleClass().add("presenter-steps");
        steps.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                jumpToSelected();
            }
        });
        VBox.setVgrow(steps, Priority.ALWAYS);
        VBox box = new VBox(head, preview, nextTitle, nextCaption, listHead, steps);
        box.getStyleClass().add("presenter-ahead");
        box.prefWidthProperty().bind(widthProperty().multiply(0.4));
        return box;
    }

    private void onKey(KeyEvent e) {
        boolean listKey = LIST_KEYS.contains(e.getCode()) && !(e.getCode() == KeyCode.ENTER && lecture.typingStepNumber());
        if (steps.isFocused() && listKey && !e.isAltDown() && !e.isShortcutDown()) {
            if (e.getCode() == KeyCode.ENTER) {
                jumpToSelected();
                e.consume();
            }
            return;
        }
        lecture.onKey(e);
    }

    /** Shows the step chosen in the list; then the clicker keys drive the tour again, not the list. */
    private void jumpToSelected() {
        int i = steps.getSelectionModel().getSelectedIndex();
        if (i >= 0 && i != tour.current()) {
            tour.goTo(i);
        }
        requestFocus();
    }

    private void refresh() {
        Language lang = state.language();
        List<Tour.Step> all = tour.tour().steps();
        List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            names.add((i + 1) + ". " + all.get(i).title().get(lang));
        }
        if (!names.equals(stepNames)) {
            stepNames.setAll(names);
        }
        int index = tour.current();
        Tour.Step step = tour.step();
        if (step == null) {
            return;
        }
        counter.setText((index + 1) + " / " + tour.size());
        chapter.setText(state.format("lecture.chapter", tour.tour().chapterNumber(index),
                tour.tour().chapterOf(index).title().get(lang)));
        String name = step.title().get(lang);
        // the year badge's year, unless the title already says it
        title.setText(step.year() == null || name.contains(String.valueOf(step.year())) ? name : step.year() + " · " + name);
        caption.setText(step.caption().get(lang));
        notes.setText(step.hasNotes() ? step.notes().get(lang) : state.text("presenter.noNotes"));
        notes.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("empty"), !step.hasNotes());
        Tour.Step next = index + 1 < all.size() ? all.get(index + 1) : null;
        nextTitle.setText(next == null ? "" : (index + 2) + ". " + next.title().get(lang));
        nextCaption.setText(next == null ? "" : next.caption().get(lang));
        steps.getSelectionModel().select(index);
        steps.scrollTo(Math.max(0, index - 2));
    }

    private void showBlank(TourState.Blank b) {
        blank.setText(b == TourState.Blank.BLACK ? state.text("presenter.blank.black")
                : b == TourState.Blank.WHITE ? state.text("presenter.blank.white") : "");
        blank.setVisible(b != TourState.Blank.NONE);
    }

    /** Type from the window's size: {@link #FONT_PX_AT_1080} in a window 1080 high and at least 960 wide, smaller in a narrower one. */
    private void scale() {
        double h = getHeight() > 0 ? getHeight() : 1080;
        double w = getWidth() > 0 ? getWidth() : 1920;
        double px = Math.max(13, Math.min(h / 1080, w / 960) * FONT_PX_AT_1080);
        setStyle("-fx-font-size: " + String.format(Locale.ROOT, "%.1f", px) + "px;");
    }

    /** Shows the elapsed time and the time of day as the clock has them now (the ticker calls this every second). */
    public void refreshTime() {
        elapsed.setText(state.text("presenter.elapsed") + " " + PresenterClock.elapsedText(clock.elapsed()));
        time.setText(clock.timeOfDay());
    }

    /** The step the next-step map shows (0-based), or -1 at the end of the tour. */
    public int previewStep() {
        return preview.shown();
    }

    /** Stops the ticker and removes every listener this view added to the state and the tour. */
    public void dispose() {
        ticker.stop();
        subscriptions.unsubscribe();
        preview.dispose();
    }
}
