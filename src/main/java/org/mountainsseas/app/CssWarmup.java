package org.mountainsseas.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Line;
import javafx.scene.text.Text;

/**
 * The first frame's CSS pass, rehearsed on the second core while the FX thread builds the window:
 * a throwaway scene with the app's stylesheet and the kinds of controls and style classes the first
 * frame shows (title bar, tabs, detail panel, legend, timeline) has its CSS applied on a thread of
 * its own. That loads the stylesheet, creates the controls' skins once and has the JIT compile the
 * CSS engine's matching code, so {@code Stage.show()}'s own first CSS pass runs warm.
 * <p>
 * Off the FX thread, but never at the same time as a CSS pass on it: the nodes are in a scene no
 * window shows, and the window's own first CSS pass comes in {@code Stage.show()}, before which the
 * FX thread calls {@link Rehearsal#finish}. That stops the rehearsal after the part it is styling
 * (it styles the scene a part at a time) and waits for that part, because some of JavaFX's CSS caches
 * (the style converters' values) are shared between scenes without a lock. It does CSS only: no layout, no
 * text measured (JavaFX's text layout keeps shared caches that are not made for two threads either), no
 * popup (tooltips, menus). A failure is silent: the real pass does the work as before.
 */
final class CssWarmup {
    private CssWarmup() {
    }

    /** A rehearsal under way. */
    static final class Rehearsal {
        private final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        private final CompletableFuture<Void> done = new CompletableFuture<>();

        /**
         * Stops the rehearsal after the part it is styling and waits for it (at most {@code maxMillis}); on
         * the FX thread before its first CSS pass. Returns whether the rehearsal has ended.
         */
        boolean finish(long maxMillis) {
            stop.set(true);
            try {
                done.get(maxMillis, java.util.concurrent.TimeUnit.MILLISECONDS);
                return true;
            } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                return done.isDone();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * Starts the rehearsal on a daemon thread. Call on the FX thread once the bundled fonts are
     * registered (a font looked up before then would not be found), and {@link Rehearsal#finish}
     * before the window's first CSS pass.
     */
    static Rehearsal start(String stylesheet) {
        // the controls' class sets JavaFX's default stylesheet when first used: at once on the FX
        // thread, but from another thread only later, after the window's own first CSS pass
        new Label();
        Rehearsal r = new Rehearsal();
        Thread t = new Thread(() -> {
            try {
                rehearse(stylesheet, r.stop::get);
                StartupTrace.mark("css-rehearsed");
            } catch (RuntimeException e) {
                // the first frame's own CSS pass does it all, as without the rehearsal
            } finally {
                r.done.complete(null);
            }
        }, "css-warmup");
        t.setDaemon(true);
        t.start();
        return r;
    }

    /**
     * Builds the throwaway scene and applies its CSS a part at a time, on the calling thread, until
     * every part is styled or {@code stop} says so; returns the scene's root.
     */
    static BorderPane rehearse(String stylesheet, java.util.function.BooleanSupplier stop) {
        BorderPane root = new BorderPane();
        root.getStyleClass().add("main-window");
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(stylesheet);
        VBox legend = new VBox(styled(new Label("Legend"), "legend-title"), row(), row(), row());
        legend.getStyleClass().add("legend");
        VBox controls = new VBox(styled(new Button("+"), "map-button"), styled(new Button("−"), "map-button"));
        controls.getStyleClass().add("map-controls");
        List<Runnable> parts = List.of(
                () -> root.setTop(new VBox(titleBar(), bar("review-bar", "filter-chips", "chip", "chip-clear"))),
                () -> root.setRight(sideTabs()),
                () -> root.setCenter(new VBox(new StackPane(new Region(), legend, controls, styled(new StackPane(), "locator-inset")))),
                () -> root.setBottom(timeline()));
        for (Runnable part : parts) {
            if (stop.getAsBoolean()) {
                break;
            }
            part.run();
            root.applyCss();
        }
        return root;
    }

    private static HBox titleBar() {
        HBox bar = new HBox(new VBox(styled(new Label("Mountains & Seas"), "app-title"), styled(new Label("Zhejiang"), "app-subtitle")),
                styled(new Label("data"), "data-set"), new Button("Home"), styled(new Button("Problems"), "problems-badge"),
                styled(new Button("中文"), "language-switch"), new ToggleButton("Present"));
        bar.getStyleClass().add("top-bar");
        return bar;
    }

    private static HBox bar(String style, String inner, String chip, String clear) {
        HBox chips = new HBox(styled(new Button("Mountain"), chip), styled(new Button("Partner"), chip), styled(new Hyperlink("Clear"), clear));
        chips.getStyleClass().add(inner);
        HBox bar = new HBox(chips);
        bar.getStyleClass().add(style);
        return bar;
    }

    private static HBox row() {
        HBox row = new HBox(new Region(), new Label("Mountain county"));
        row.getStyleClass().add("legend-row");
        return row;
    }

    private static VBox timeline() {
        List<Node> marks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            marks.add(styled(new Button(Integer.toString(i)), "event-mark"));
        }
        Line axis = styled(new Line(0, 0, 100, 0), "year-axis");
        Text label = styled(new Text("2020"), "year-label");
        StackPane track = new StackPane(axis, styled(new Line(0, 0, 0, 4), "year-tick"), label, styled(new Region(), "year-thumb"), new HBox(marks.toArray(Node[]::new)));
        track.getStyleClass().add("year-track");
        HBox top = new HBox(styled(new Button("▶"), "timeline-play"), styled(new Label("2026"), "timeline-year"),
                styled(new Button("All years"), "timeline-all"), styled(new Label("40 pairings"), "timeline-summary"));
        VBox bar = new VBox(top, track, styled(new Label("legend"), "timeline-legend"));
        bar.getStyleClass().add("timeline-bar");
        return bar;
    }

    private static TabPane sideTabs() {
        VBox content = new VBox(styled(new Label("Longquan"), "panel-title"), styled(new Label("Lishui"), "panel-subtitle"),
                styled(new Label("Mountain county"), "class-badge", "class-mountain"), styled(new Label("body"), "panel-body"),
                styled(new Label("Pairings"), "section-title"), styled(new Label("key"), "fact-key"), styled(new Label("value"), "fact-value"),
                styled(new Hyperlink("Xiaoshan"), "partner-link"), styled(new Label("high"), "confidence", "confidence-high"),
                styled(new Text("source"), "source-title"), styled(new Label("hint"), "panel-hint"), styled(new Label("caveat"), "caveat"));
        content.getStyleClass().add("detail-content");
        ScrollPane details = new ScrollPane(content);
        details.getStyleClass().add("detail-panel");
        TabPane tabs = new TabPane(new Tab("Details", details), new Tab("Figures"));
        tabs.getStyleClass().add("side-tabs");
        return tabs;
    }

    private static <N extends Node> N styled(N node, String... classes) {
        node.getStyleClass().addAll(classes);
        return node;
    }
}
