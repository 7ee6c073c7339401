package org.mountainsseas.mode.lecture;

import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.map.ChinaView;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.state.AppState;

/**
 * The lecture screen: the map on the left, the caption column on the right (beside the map, so
 * it never covers a highlight), and a step counter over a thin progress bar at the bottom. Keys
 * follow {@link LectureKeys}; a click on the caption column advances; clicks on the map explore
 * (select a county) without losing the place in the tour. Type scales with the view's height:
 * captions are 36 px on a 1080-pixel-high screen.
 */
public final class LectureView extends StackPane {
    /** Caption size on a 1080-pixel-high screen, in pixels; scales with the view's height. */
    public static final double CAPTION_PX_AT_1080 = 36;
    private final AppState state;
    private final TourState tour;
    private final MapPane map;
    private final LectureCaption caption;
    private final LectureKeys keys = new LectureKeys();
    private final ObjectProperty<LectureTheme> theme;
    private final Label counter = new Label();
    private final Label pending = new Label();
    private final ProgressBar progress = new ProgressBar(0);
    private final HBox bar;
    private final Region blank = new Region();
    private final Runnable onLeave;
    private final InvalidationListener onStep = o -> updateCounter();
    private double mapScale = -1;
    private final Atlas atlas;
    private final BorderPane main;
    private ChinaView china;
    private javafx.util.Subscription chinaShown = javafx.util.Subscription.EMPTY;

    /**
     * @param onLeave called when the presenter presses Esc (the caller puts the explorer back)
     */
    public LectureView(AppState state, TourState tour, Atlas atlas, Map<String, List<double[]>> cityOutlines,
                       LectureTheme initialTheme, Runnable onLeave) {
        this.state = state;
        this.tour = tour;
        this.onLeave = onLeave;
        this.atlas = atlas;
        this.theme = new SimpleObjectProperty<>(this, "theme", initialTheme);
        getStyleClass().add("lecture");
        setId("lecture");
        map = new MapPane(state, atlas, initialTheme.mapStyle(), cityOutlines);
        map.setFlySeconds(1.2);
        // the caption column explains each step; a legend would only hide part of the map
        map.setChromeVisible(false, false);
        caption = new LectureCaption(state, tour);
        caption.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                tour.next();
            }
        });
        main = new BorderPane(map);
        main.setRight(caption);
        caption.prefWidthProperty().bind(Bindings.max(420, widthProperty().multiply(0.33)));
        caption.maxWidthProperty().bind(caption.prefWidthProperty());
        bar = bottomBar();
        main.setBottom(bar);
        blank.getStyleClass().add("lecture-blank");
        blank.setId("lecture-blank");
        blank.setOnMouseClicked(e -> tour.next());
        blank.visibleProperty().bind(tour.blankProperty().isNotEqualTo(TourState.Blank.NONE));
        tour.blankProperty().addListener((o, a, b) -> {
            blank.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("white"), b == TourState.Blank.WHITE);
        });
        getChildren().addAll(main, blank);
        tour.currentProperty().addListener(onStep);
        theme.addListener((o, a, b) -> applyTheme());
        heightProperty().addListener(o -> applyScale());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        setFocusTraversable(true);
        applyTheme();
        updateCounter();
    }

    private HBox bottomBar() {
        progress.getStyleClass().add("lecture-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        counter.getStyleClass().add("lecture-counter");
        counter.setId("lecture-counter");
        pending.getStyleClass().add("lecture-pending");
        HBox.setHgrow(progress, Priority.ALWAYS);
        HBox box = new HBox(16, counter, progress, pending);
        box.setAlignment(Pos.CENTER_LEFT);
        box.getStyleClass().add("lecture-bar");
        return box;
    }

    /** Adds controls (e.g. the export menu) to the right end of the bottom bar. */
    public void addToBar(Node... nodes) {
        bar.getChildren().addAll(nodes);
    }

    /** Handles a presenter key, wherever it was pressed (this view or the presenter window). */
    void onKey(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        LectureKeys.Action action = keys.press(e.getCode(), e.isShiftDown());
        pending.setText(keys.pending().isEmpty() ? "" : state.format("lecture.goto", keys.pending()));
        if (action == null) {
            if (!keys.pending().isEmpty()) {
                e.consume();
            }
            return;
        }
        e.consume();
        switch (action) {
            case NEXT: tour.next(); break;
            case PREVIOUS: tour.previous(); break;
            case FIRST: tour.first(); break;
            case LAST: tour.last(); break;
            case BLACK: tour.toggleBlank(TourState.Blank.BLACK); break;
            case WHITE: tour.toggleBlank(TourState.Blank.WHITE); break;
            case JUMP: tour.goTo(keys.number() - 1); break;
            case RESTART: tour.first(); break;
            case RESUME: tour.goTo(tour.current()); break;
            case THEME: theme.set(theme.get().other()); break;
            case LANGUAGE: state.toggleLanguage(); break;
            default: leave();
        }
    }

    /** Whether the presenter is typing a step number (digits so far, Enter to jump). */
    boolean typingStepNumber() {
        return !keys.pending().isEmpty();
    }

    /** Leaves the lecture: clears the tour's highlights and hands back to the caller. */
    public void leave() {
        tour.leave();
        onLeave.run();
    }

    private void updateCounter() {
        int n = tour.size();
        int i = tour.current();
        counter.setText(i < 0 ? "" : (i + 1) + " / " + n);
        progress.setProgress(n <= 0 || i < 0 ? 0 : (i + 1) / (double) n);
    }

    private void applyTheme() {
        getStylesheets().setAll(theme.get().stylesheet());
        mapScale = -1;
        applyScale();
    }

    private void applyScale() {
        double h = getHeight() > 0 ? getHeight() : 1080;
        setStyle("-fx-font-size: " + String.format(java.util.Locale.ROOT, "%.1f", h / 1080 * CAPTION_PX_AT_1080) + "px;");
        // redraw the map's lines and labels in proportion, in quarter steps so a resize does not rebuild every pulse
        double scale = Math.max(0.5, Math.round(h / 1080 * 4) / 4.0);
        if (scale != mapScale) {
            mapScale = scale;
            map.mapStyleProperty().set(theme.get().mapStyle().scaled(scale));
        }
    }

    public ObjectProperty<LectureTheme> themeProperty() {
        return theme;
    }

    public TourState tour() {
        return tour;
    }

    public MapPane map() {
        return map;
    }

    /**
     * Lets the tour's China steps show the China view ({@code state.china().chinaShown()}) in the
     * map's place, drawn on this province layer (read on the view's first paint). Call once.
     */
    public void setChinaBase(java.util.function.Supplier<List<org.mountainsseas.model.Boundary>> provinces) {
        china = new ChinaView(state, atlas, provinces);
        china.setChromeVisible(false);
        chinaShown = state.china().chinaShownProperty().subscribe(shown -> main.setCenter(shown ? china : map));
    }

    /** The China view the tour's China steps show, or null without {@link #setChinaBase}. */
    public ChinaView china() {
        return china;
    }

    /**
     * Prepares the view for off-screen rendering: the map {@linkplain MapPane#setStill still} (the
     * same state always gives the same pixels) and no presenter's hint in the caption column.
     */
    public void forExport() {
        map.setStill();
        caption.setHintShown(false);
        setCursor(javafx.scene.Cursor.DEFAULT);
    }

    /** The caption column's text now (title, caption, sources). */
    public String captionText() {
        return caption.plainText();
    }

    /** Removes every listener this view added to the state. */
    public void dispose() {
        tour.currentProperty().removeListener(onStep);
        caption.dispose();
        map.dispose();
        chinaShown.unsubscribe();
        if (china != null) {
            china.dispose();
        }
    }
}
