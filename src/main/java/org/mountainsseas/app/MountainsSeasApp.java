package org.mountainsseas.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.io.UserDataDir;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.mode.kiosk.KioskConfig;
import org.mountainsseas.mode.kiosk.KioskHealth;
import org.mountainsseas.mode.kiosk.KioskMode;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;

/**
 * The application and composition root: parses the options, creates the one {@link AppState},
 * loads the data in a background task while showing progress, then builds the main window (or
 * renders the snapshot and exits).
 */
public final class MountainsSeasApp extends Application {
    static final String CSS = "/org/mountainsseas/app/app.css";
    private static final long SPLASH_AFTER_MS = 1000;
    private Options options;
    private AppState state;
    private Stage stage;
    private MainWindow window;
    private final ImportStore store = ReviewFiles.userStore();
    private DataLocation base;
    /** Null in snapshot and benchmark mode, which neither read nor write the user's settings. */
    private WindowMemory memory;
    private KioskConfig kioskConfig;
    private KioskMode kiosk;
    private KioskStart kioskStart;
    private KioskHealth health;
    private javafx.util.Subscription modeStyle = javafx.util.Subscription.EMPTY;

    @Override
    public void init() {
        try {
            options = Options.parse(getParameters().getRaw());
            kioskConfig = KioskConfig.read(org.mountainsseas.mode.kiosk.KioskFiles.configFile());
            if (options.kiosk()) {
                kioskConfig = kioskConfig.withKiosk();
            }
        } catch (Options.BadArguments e) {
            Main.fail(2, e.getMessage());
        }
    }

    @Override
    public void start(Stage primary) {
        StartupTrace.mark("fx-started");
        this.stage = primary;
        if (options.interactive()) {
            memory = new WindowMemory(new SettingsStore(UserDataDir.current()));
        }
        Language saved = memory != null ? memory.loaded().language() : null;
        Language language = options.language() != null ? options.language()
                : kiosk() && kioskConfig.language() != null ? kioskConfig.language()
                : saved != null ? saved : Language.fromLocale(Locale.getDefault());
        state = new AppState(language);
        stage.titleProperty().bind(state.tr("app.title"));
        if (kiosk() && kioskConfig.pinProblem() != null) {
            // fails closed: a kiosk without a PIN of its own does not start (no default PIN to fall back to)
            refuseKiosk(kioskConfig.pinProblem());
            return;
        }
        if (kiosk()) {
            fonts();
            KioskMode.prepare(stage);
            health = KioskHealth.start(kioskConfig, () -> {
                if (kiosk != null) {
                    kiosk.recover();
                }
            });
        }
        base = WorldPreload.base(options);
        // imported data (File → Import data…) lie over the bundled data, which are never overwritten
        CompletableFuture<World> loading = WorldPreload.take(store, base, options.benchmarkCounties());
        if (loadedSoon(loading)) {
            // no splash to show and replace: no window is open yet, so waiting here blocks nobody
            finishLoading(loading);
            return;
        }
        fonts();
        Label message = new Label();
        message.textProperty().bind(state.tr("loading"));
        VBox splash = new VBox(16, new ProgressIndicator(), message);
        splash.setAlignment(Pos.CENTER);
        stage.setScene(scene(splash));
        if (options.snapshot() == null && options.presentation().exportTour() == null) {
            stage.show();
        }
        loading.whenComplete((world, error) -> Platform.runLater(() -> finishLoading(loading)));
    }

    /** Whether the load ends within {@value #SPLASH_AFTER_MS} ms; longer loads get a splash with progress. */
    private static boolean loadedSoon(CompletableFuture<World> loading) {
        try {
            loading.get(SPLASH_AFTER_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException | CancellationException e) {
            // finishLoading reports it
        }
        return true;
    }

    private void finishLoading(CompletableFuture<World> loading) {
        World world;
        try {
            world = loading.join();
        } catch (CompletionException | CancellationException e) {
            onFatal(e.getCause() != null ? e.getCause() : e);
            return;
        }
        onLoaded(world);
    }

    private Scene scene(javafx.scene.Parent root) {
        double w = options.width(), h = options.height();
        // the remembered size, clamped to a screen that is connected now (a 100000×100000 or NaN size is not)
        javafx.geometry.Rectangle2D saved = memory != null ? memory.placement() : null;
        if (saved != null && !options.sizeGiven()) {
            w = saved.getWidth();
            h = saved.getHeight();
        } else if (options.interactive() && !options.sizeGiven()) {
            // a window that fills most of the screen, never larger than it
            var screen = javafx.stage.Screen.getPrimary().getVisualBounds();
            w = Math.max(800, Math.min(1600, screen.getWidth() * 0.92));
            h = Math.max(600, Math.min(1000, screen.getHeight() * 0.92));
        }
        Scene scene = new Scene(root, w, h);
        scene.getStylesheets().add(getClass().getResource(CSS).toExternalForm());
        return scene;
    }

    /**
     * The bundled fonts, registered before the first node that shows text: by {@link FontPreload}'s
     * thread (this waits for it), or here. Until then the FX thread touches no font, so the two never
     * use JavaFX's font registry at once.
     */
    private static void fonts() {
        Fonts.load();
        StartupTrace.mark("fonts-loaded");
    }

    private void onLoaded(World world) {
        StartupTrace.mark("data-ready");
        fonts();
        List<LoadProblem> problems = new ArrayList<>(world.problems());
        state.loadData(world.dataset(), world.sides(), problems);
        if (!world.refusedImports().isEmpty()) {
            LoadProblem refused = ImportsRefusedNotice.problem(world.refusedImports());
            state.reportProblem(refused);
            problems.add(refused);
        }
        if (memory != null && memory.warning() != null) {
            // the settings' own problem, kept listed when imported data are loaded later
            state.reportProblem(memory.warning());
            problems.add(memory.warning());
        }
        for (var p : problems) {
            System.err.println("data problem: " + p.describe());
        }
        boolean item = options.select() != null && world.dataset().outreach().stream().anyMatch(o -> o.id().equals(options.select()));
        if (options.select() != null && world.dataset().county(options.select()) == null && !item) {
            Main.fail(3, "unknown adcode " + options.select() + " (not one of the 90 county-level units, nor an id in beyond.json)");
            return;
        }
        if (item) {
            state.china().selectItem(options.select());
        }
        state.china().showChina(options.china());
        if (options.year() != null) {
            // before the window exists, so the map opens at that year without a fade
            state.setYear(options.year());
            if (!options.year().equals(state.year())) {
                System.err.println("note: the data cover " + state.yearRange().first() + "–" + state.yearRange().last()
                        + "; showing " + state.year() + " for --year " + options.year());
            }
        }
        // a kiosk opens no links: a browser would take visitors out of the app
        // the last door before the desktop: only a web link by WebLink's rule is handed over
        window = new MainWindow(state, world, kiosk() ? url -> { }
                : url -> org.mountainsseas.model.WebLink.parse(url).ifPresent(u -> getHostServices().showDocument(u.toString())), base, store,
                new FxFilePicker());
        // kept imports that failed the start-up checks are not in use: the bundled data are
        state.review().setOrigin(world.refusedImports().isEmpty() ? window.files().origin()
                : new org.mountainsseas.review.DataOrigin(List.of(), base.folderName()));
        StartupTrace.mark("window-built");
        Options.Presentation lecture = options.presentation();
        if (lecture.exportTour() != null) {
            FirstFrame.none();
            LectureCommands.exportTour(state, world, lecture, options, CSS);
            return;
        }
        if (options.compare().shown() && !kiosk()) {
            state.compare().setSwipe(options.compare().swipe());
            state.compare().open(options.compare().yearA(), options.compare().yearB());
        }
        window.showFigures(options.figures());
        if (options.figuresWide()) {
            window.figures().wideProperty().set(true);
        }
        Scene scene = kiosk() ? kioskScene() : scene(window);
        modeStyle = ModeStyle.follow(scene, state);
        if (!kiosk()) {
            stage.setScene(scene);
        }
        if (options.select() != null && !item) {
            state.select(options.select());
        }
        LectureView view = null;
        if (lecture.present()) {
            if (options.snapshot() != null && !LectureCommands.tourIsValid(state, lecture.tour())
                    || !LectureCommands.stepInRange(state, lecture)) {
                return;
            }
            // in a kiosk the tour runs in the kiosk's own locked scene (the officials' window is never shown)
            view = kiosk != null ? kioskStart.present(lecture.tour(), lecture.theme(), lecture.step())
                    : window.present(lecture.tour(), lecture.theme(), lecture.step());
            if (view != null && kiosk == null && options.snapshot() == null && !options.benchmarkStartup()) {
                // a presentation fills the screen; a snapshot keeps the size asked for
                window.fillScreen();
            }
        }
        if (memory != null) {
            if (memory.loaded().reviewSplit() != null) {
                window.setReviewSplit(memory.loaded().reviewSplit());
            }
            MainWindow shown = window;
            memory.rememberReviewSplit(shown::reviewSplit);
            memory.onSaveFailed(new SettingsNotice(state, stage, !kiosk()));
            memory.attach(state, stage, !kiosk());
        }
        stage.show();
        if (view != null) {
            view.requestFocus();
        }
        if (!world.refusedImports().isEmpty() && options.interactive() && !kiosk()) {
            ImportsRefusedNotice.alert(state, stage, world.refusedImports(), window.files()::restoreNow).show();
        }
        MapPane map = view != null ? view.map() : window.map();
        StartupTrace.mark("shown");
        // the zoom bands are read or worked out once the first frame is on screen, not before
        FirstFrame.watch(map);
        if (options.benchmarkStartup()) {
            StartupBenchmark.printWhenDrawn(map, () -> {
                // the recording run's selection: a county with partners, so its arcs are drawn
                var pairings = world.dataset().pairings();
                if (!pairings.isEmpty()) {
                    state.select(pairings.get(0).mountain());
                }
            });
        } else if (options.snapshot() != null) {
            Snapshot.whenSettled(scene, options.snapshot(), () -> window.compareView() != null ? !window.compareView().moving()
                    && window.compareView().map(true).settled() && window.compareView().map(false).settled()
                    : map.settled(), error -> {
                if (error != null) {
                    Main.fail(4, error);
                } else {
                    System.out.println("wrote " + options.snapshot().toAbsolutePath() + " ("
                            + (int) scene.getWidth() + "x" + (int) scene.getHeight() + ")");
                    Platform.exit();
                }
            });
        }
    }

    private boolean kiosk() {
        return kioskConfig.kiosk() && options.snapshot() == null;
    }

    private Scene kioskScene() {
        kioskStart = KioskStart.open(state, window, kioskConfig, stage, () -> {
            java.util.logging.Logger.getLogger(getClass().getName()).info("admin exit with the PIN");
            Platform.exit();
        });
        kiosk = kioskStart.kiosk;
        health.watch();
        return kioskStart.scene;
    }

    /** Says on screen, on stderr and in the log which key of which file to fix; nothing else starts. */
    private void refuseKiosk(String why) {
        String where = org.mountainsseas.mode.kiosk.KioskFiles.configFile().toAbsolutePath().toString();
        String line = "the kiosk did not start: " + why + " (" + where + ")";
        System.err.println("mountains-and-seas: " + line);
        java.util.logging.Logger.getLogger(KioskMode.class.getName()).severe(line);
        showMessage("kiosk.refused.title", state.format("kiosk.refused.body", where) + "\n\n" + why);
    }

    /** A screen with only a title and a message, shown instead of the app. */
    private void showMessage(String titleKey, String text) {
        fonts();
        Label title = new Label();
        title.textProperty().bind(state.tr(titleKey));
        title.getStyleClass().add("panel-title");
        Label body = new Label(text);
        body.setWrapText(true);
        VBox box = new VBox(12, title, body);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(640);
        stage.setScene(scene(box));
        stage.show();
    }

    private void onFatal(Throwable error) {
        // the reason in words; a Java exception's class name means nothing to the user (stderr keeps it for a report)
        String message = error == null || error.getMessage() == null ? "unknown error" : error.getMessage();
        if (error != null) {
            System.err.println("error: " + error);
        }
        if (!options.interactive()) {
            Main.fail(5, "could not load the data: " + message);
            return;
        }
        showMessage("error.title", state.format("error.body", message));
    }

    @Override
    public void stop() {
        modeStyle.unsubscribe();
        if (kiosk != null) {
            kiosk.dispose();
        }
        if (health != null) {
            health.close();
        }
        if (memory != null) {
            memory.dispose();
        }
        if (window != null) {
            window.dispose();
        }
    }
}
