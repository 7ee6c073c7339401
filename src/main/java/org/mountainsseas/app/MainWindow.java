package org.mountainsseas.app;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.model.Boundary;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.util.Subscription;
import javafx.geometry.Orientation;
import javafx.scene.control.SplitPane;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.mountainsseas.map.ChinaView;
import org.mountainsseas.map.LocatorInset;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.mode.compare.CompareView;
import org.mountainsseas.mode.lecture.LectureMode;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.mode.lecture.TourPicker;
import org.mountainsseas.mode.lecture.TourTools;
import org.mountainsseas.io.OwnTours;
import org.mountainsseas.io.UserDataDir;
import org.mountainsseas.panel.AboutDialog;
import org.mountainsseas.panel.DetailPanel;
import org.mountainsseas.panel.OutreachPanel;
import org.mountainsseas.panel.FiguresPanel;
import org.mountainsseas.panel.ProblemsDialog;
import org.mountainsseas.panel.ReviewArea;
import org.mountainsseas.panel.ReviewBar;
import org.mountainsseas.panel.TimelineBar;
import org.mountainsseas.panel.Shown;
import org.mountainsseas.panel.TopBar;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;

/**
 * The main window's content: title bar on top, the map in the centre with the timeline bar under
 * it, and on the right the detail panel and the figures panel as two tabs. Window-wide keys:
 * Ctrl+L switches language, F1 opens About, F5 starts the lecture, Home fits the province,
 * Esc clears the selection. Review tools (issue #5): Ctrl+F search, Ctrl+R review area, Ctrl+E export
 * the table, Ctrl+P export the map, Ctrl+I import data, Ctrl+K add the selection to Compare.
 */
public final class MainWindow extends BorderPane {
    private static final KeyCombination LANGUAGE = new KeyCodeCombination(KeyCode.L, KeyCombination.SHORTCUT_DOWN);
    /** Opens and closes the year comparison. */
    static final KeyCombination COMPARE_YEARS = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    /**
     * The map's share of the height beside the review area at first: at 1280×800 it leaves the
     * map about 320 px tall and the table five rows; the user's own divider is kept after that.
     */
    static final double DEFAULT_SPLIT = 0.62;
    private static final double MIN_SPLIT = 0.2;
    private static final double MAX_SPLIT = 0.9;
    private final AppState state;
    private final MapPane map;
    private final DetailPanel panel;
    private final ChinaView chinaView;
    private final OutreachPanel outreach;
    private Tab detailsTab;
    private final ReviewBar reviewBar;
    /** Built when the review area is first opened, like the figures: most sessions never open it. */
    private ReviewArea review;
    private final SplitPane split = new SplitPane();
    private final ReviewFiles files;
    private final LectureMode lecture;
    private final TimelineBar timeline;
    /** Built when its tab is first shown: its charts cost start-up time most visitors never need. */
    private FiguresPanel figures;
    private final Consumer<String> openLink;
    private final TabPane side;
    /** What this window follows in the state, undone in {@link #dispose()}. */
    private final Subscription subscriptions;
    private final VBox centre;
    private final World world;
    private final StackPane mapArea;
    private final LocatorInset inset;
    /** Built when the comparison opens and disposed when it closes. */
    private CompareView compareView;
    private double reviewSplit = DEFAULT_SPLIT;
    private TourTools tourTools;

    public MainWindow(AppState state, World world, Consumer<String> openLink) {
        this(state, world, openLink, DataLocation.bundled(), ReviewFiles.userStore());
    }

    /** @param base the data the app was started with; imports in {@code store} lie over it */
    public MainWindow(AppState state, World world, Consumer<String> openLink, DataLocation base, ImportStore store) {
        this(state, world, openLink, base, store, new FxFilePicker());
    }

    /** @param picker asks the user for files (the platform's choosers in the app, a stand-in in tests) */
    MainWindow(AppState state, World world, Consumer<String> openLink, DataLocation base, ImportStore store,
               FilePicker picker) {
        this.state = state;
        this.world = world;
        // before anything that may build the review area (open at start), which passes it on
        this.openLink = openLink;
        getStyleClass().add("main-window");
        map = new MapPane(state, world.atlas(), MapStyle.standard(), world.cityOutlines());
        // during a lecture its own map follows the tour; this one waits, still, behind it
        map.liveProperty().bind(state.modeIs(AppMode.LECTURE).not());
        panel = new DetailPanel(state, openLink);
        panel.setPrefWidth(380);
        panel.setMinWidth(300);
        TopBar bar = new TopBar(state,
                () -> AboutDialog.create(state, getScene().getWindow()).show(),
                () -> ProblemsDialog.create(state, getScene().getWindow()).show());
        lecture = new LectureMode(state, world.atlas(), world.cityOutlines());
        // presenting takes the screen over: not for a kiosk's visitors
        bar.addTool(presentTool("present", "lecture.start", this::presentFullScreen));
        bar.addTool(presentTool("rehearse", "lecture.rehearse", this::rehearse));
        bar.addTool(presentTool("tours", "tours.open", this::openTours));
        reviewBar = new ReviewBar(state);
        files = new ReviewFiles(state, this, world, base, store, picker);
        split.setOrientation(Orientation.VERTICAL);
        setTop(new VBox(bar, reviewBar));
        timeline = new TimelineBar(state, openLink);
        Supplier<List<Boundary>> provinces = provinces();
        lecture.setChinaBase(provinces);
        chinaView = new ChinaView(state, world.atlas(), provinces);
        outreach = new OutreachPanel(state, openLink);
        inset = new LocatorInset(state, provinces);
        StackPane.setAlignment(inset, Pos.BOTTOM_LEFT);
        StackPane.setMargin(inset, new Insets(12));
        mapArea = new StackPane(map, inset);
        state.china().chinaShownProperty().subscribe(china -> {
            showMapArea();
            if (detailsTab != null) {
                detailsTab.setContent(china ? outreach : panel);
            }
        });
        centre = new VBox(mapArea, timeline);
        VBox.setVgrow(mapArea, Priority.ALWAYS);
        // however the divider is dragged, the map stays usable and the table shows a few rows
        map.setMinHeight(200);
        side = sideTabs(state);
        setRight(side);
        subscriptions = Subscription.combine(
                state.review().openProperty().subscribe(this::showReview),
                state.compare().shownProperty().subscribe(shown -> showMapArea()),
                // choosing a county shows its details again
                state.selectedProperty().subscribe((was, now) -> {
                    if (now != null) {
                        showFigures(false);
                    }
                }));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
    }

    /**
     * The China view's province layer (docs/china-view.md), read and validated off the FX thread
     * from the moment the window is built; the inset's first paint waits only for what is left.
     */
    private static Supplier<List<Boundary>> provinces() {
        java.util.concurrent.CompletableFuture<List<Boundary>> later = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> GeoJsonReader.readProvinces(DataLocation.bundled()).value());
        return later::join;
    }

    /**
     * What the map area shows: the year comparison while it is open (never on a kiosk), else the
     * China view or the Zhejiang map with its inset. The timeline gives way to the comparison's own years.
     */
    private void showMapArea() {
        boolean comparing = state.compare().shown() && state.mode() != AppMode.KIOSK;
        if (comparing && compareView == null) {
            compareView = new CompareView(state, world.atlas(), world.cityOutlines(), files::exportMap);
        } else if (!comparing && compareView != null) {
            compareView.dispose();
            compareView = null;
        }
        if (comparing) {
            mapArea.getChildren().setAll(compareView);
        } else {
            mapArea.getChildren().setAll(state.china().chinaShown() ? List.of(chinaView) : List.of(map, inset));
        }
        if (timeline != null) {
            timeline.setVisible(!comparing);
            timeline.setManaged(!comparing);
        }
        if (side != null && getCenter() != side) {
            // the comparison's own list of changes takes the details' place: the maps get the width
            setRight(comparing ? null : side);
        }
    }

    /** The year comparison while it is open, else null. */
    public CompareView compareView() {
        return compareView;
    }

    /** The China view (for tests). */
    public ChinaView chinaView() {
        return chinaView;
    }

    private TabPane sideTabs(AppState state) {
        Tab details = new Tab();
        detailsTab = details;
        details.textProperty().bind(state.tr("tab.details"));
        details.setContent(state.china().chinaShown() ? outreach : panel);
        details.setId("tab-details");
        Tab numbers = new Tab();
        numbers.textProperty().bind(state.tr("tab.figures"));
        numbers.setOnSelectionChanged(e -> {
            if (numbers.isSelected() && numbers.getContent() == null) {
                numbers.setContent(figures());
            }
            if (!numbers.isSelected() && figures != null) {
                figures.wideProperty().set(false);
            }
        });
        numbers.setId("tab-figures");
        TabPane tabs = new TabPane(details, numbers);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getStyleClass().add("side-tabs");
        tabs.setPrefWidth(panel.getPrefWidth());
        tabs.setMinWidth(panel.getMinWidth());
        return tabs;
    }

    private void onKey(KeyEvent e) {
        if (LANGUAGE.match(e)) {
            state.toggleLanguage();
        } else if (COMPARE_YEARS.match(e) && state.mode() != AppMode.KIOSK) {
            if (state.compare().shown()) {
                state.compare().close();
            } else {
                state.compare().open();
            }
        } else if (e.getCode() == KeyCode.ESCAPE && state.compare().shown()) {
            // the comparison is a place of its own: Esc leaves it before it clears anything
            state.compare().close();
        } else if (ReviewKeys.handle(e, state, reviewBar, this::review)) {
            return;
        } else if (e.getCode() == KeyCode.F1) {
            AboutDialog.create(state, getScene().getWindow()).show();
        } else if (e.getCode() == KeyCode.ESCAPE && state.selected() != null) {
            state.clearSelection();
        } else if (LectureMode.REHEARSE.match(e)) {
            rehearse();
        } else if (e.getCode() == KeyCode.F5) {
            presentFullScreen();
        } else if (e.getCode() == KeyCode.HOME && !map.isFocused()) {
            state.goHome();
        } else {
            return;
        }
        e.consume();
    }

    private void showReview(boolean open) {
        if (open) {
            split.getItems().setAll(centre, review());
            split.setDividerPositions(reviewSplit);
            setCenter(split);
        } else {
            reviewSplit = reviewSplit();
            split.getItems().clear();
            setCenter(centre);
        }
    }

    /** The map's (and timeline's) share of the height when the review area is open: as the divider stands, or as it will open. */
    public double reviewSplit() {
        return split.getItems().size() == 2 ? split.getDividerPositions()[0] : reviewSplit;
    }

    /** Moves the divider between the map and the review area (clamped so neither disappears); kept while the area is closed. */
    public void setReviewSplit(double share) {
        reviewSplit = Math.max(MIN_SPLIT, Math.min(MAX_SPLIT, share));
        if (split.getItems().size() == 2) {
            split.setDividerPositions(reviewSplit);
        }
    }

    ReviewFiles files() {
        return files;
    }

    public ReviewBar reviewBar() {
        return reviewBar;
    }

    /** The review area, built now if it has not been opened yet. */
    public ReviewArea review() {
        if (review == null) {
            review = new ReviewArea(state, files, openLink);
            // however the divider is dragged, the table shows a few rows
            review.setMinHeight(170);
            review.enlargedProperty().addListener((o, a, big) -> setReviewSplit(big ? MIN_SPLIT : DEFAULT_SPLIT));
        }
        return review;
    }

    /** A title-bar button that starts the lecture, with its tooltip ({@code key + ".tip"}); hidden in the kiosk. */
    private Button presentTool(String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(state.tr(key));
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.tr(key + ".tip"));
        button.setTooltip(tip);
        button.setOnAction(e -> action.run());
        Shown.onlyWhen(button, state.modeIs(AppMode.KIOSK).not());
        return button;
    }

    /**
     * ▶ Present and F5: the bundled tour from its first step until Esc, full screen on the window's
     * screen, or with a second screen full screen there and the presenter view on this one.
     */
    public LectureView presentFullScreen() {
        LectureView view = present(null, LectureTheme.PROJECTOR, 1);
        if (view != null) {
            lecture.present();
        }
        return view;
    }

    /** Rehearse and Alt+F5: the bundled tour from its first step in this window, the presenter view beside it. */
    public LectureView rehearse() {
        LectureView view = present(null, LectureTheme.PROJECTOR, 1);
        if (view != null) {
            lecture.rehearse();
        }
        return view;
    }

    /** The lecture mode (its presenter window, its clock). */
    public LectureMode lecture() {
        return lecture;
    }

    /**
     * The tour picker (bundled and own tours, docs/lecture.md "Your own tours"); tours are read and
     * saved on one background thread, so their files never block the window.
     */
    public javafx.stage.Stage openTours() {
        return TourPicker.show(getScene().getWindow(), tourTools());
    }

    /** What the tour picker and editor work with: own tours in the user data folder, one file thread, presenting here. */
    TourTools tourTools() {
        if (tourTools == null) {
            java.util.concurrent.Executor io = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tour-files");
                t.setDaemon(true);
                return t;
            });
            tourTools = new TourTools(state, new OwnTours(UserDataDir.current()), io, (tour, step) -> {
                if (lecture.start(getScene(), tour, LectureTheme.PROJECTOR, step) != null) {
                    lecture.fillScreen();
                }
            });
        }
        return tourTools;
    }

    /** Fills the screen with the running lecture until it ends. */
    void fillScreen() {
        lecture.fillScreen();
    }

    /** Starts the lecture mode with a tour (null: the bundled one) at a 1-based step; null if the tour is bad. */
    public LectureView present(String tour, LectureTheme theme, int step) {
        return presentIn(getScene(), tour, theme, step);
    }

    /** As {@link #present}, in another scene than this window's: the kiosk's, where this window is never shown. */
    LectureView presentIn(javafx.scene.Scene scene, String tour, LectureTheme theme, int step) {
        return lecture.start(scene, tour, theme, step - 1);
    }

    public MapPane map() {
        return map;
    }

    public DetailPanel panel() {
        return panel;
    }

    public TimelineBar timeline() {
        return timeline;
    }

    /** The figures panel, built now if its tab has not been shown yet. */
    public FiguresPanel figures() {
        if (figures == null) {
            figures = new FiguresPanel(state, openLink);
            figures.wideProperty().addListener((o, a, wide) -> widenFigures(wide));
        }
        return figures;
    }

    /** The side tabs take the whole width (the figures get room to be read), or go back beside the map. */
    private void widenFigures(boolean wide) {
        if (wide) {
            showFigures(true);
            setRight(null);
            side.setPrefWidth(Region.USE_COMPUTED_SIZE);
            setCenter(side);
        } else if (getCenter() == side) {
            side.setPrefWidth(panel.getPrefWidth());
            setCenter(null);
            setRight(side);
            showReview(state.review().openProperty().get());
        }
    }

    /** Shows the figures tab (true) or the details tab (false). */
    public void showFigures(boolean show) {
        side.getSelectionModel().select(show ? 1 : 0);
    }

    public void dispose() {
        lecture.dispose();
        map.dispose();
        if (compareView != null) {
            compareView.dispose();
        }
        chinaView.dispose();
        panel.dispose();
        outreach.dispose();
        reviewBar.dispose();
        if (review != null) {
            review.dispose();
        }
        timeline.dispose();
        if (figures != null) {
            figures.dispose();
        }
        subscriptions.unsubscribe();
    }
}
