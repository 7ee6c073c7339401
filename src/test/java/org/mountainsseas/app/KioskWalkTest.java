package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.mode.kiosk.KioskConfig;
import org.mountainsseas.mode.kiosk.KioskMode;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A visitor who tries everything: the kiosk is started as the app starts it ({@link KioskStart}),
 * alone, with a tour ({@code --kiosk --present}) and at a year ({@code --kiosk --year}); from each
 * state a visitor can reach (home, a county chosen, the card's "more", the city picker, the chooser
 * of small counties, then and now, paused motion, the idle prompt, the attract loop and its wake,
 * the PIN pad) every visible, enabled control is fired (buttons, chips, toggles, menu buttons and
 * each of their items, tiles that answer a click, context menus) until no new one turns up. No
 * window other than the app's own popups may open, and the app's doors out (the file picker, the
 * link handler, the exit) are never called.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskWalkTest {
    /** Counties to tap: a mountain county, a sea district, and the point between two small Hangzhou districts (the chooser). */
    private static final List<String> TAPS = List.of("331181", "330212", "330102|330105");
    private static final int MAX_PASSES = 60;

    @TempDir
    Path userData;
    private final FakePicker picker = new FakePicker();
    private final List<String> links = new CopyOnWriteArrayList<>();
    private final List<String> exits = new CopyOnWriteArrayList<>();
    private final List<String> strayWindows = new CopyOnWriteArrayList<>();
    /** What a control's action threw (a native file chooser, for one, is refused by the headless toolkit). */
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final ListChangeListener<Window> windowWatch = c -> {
        while (c.next()) {
            for (Window w : c.getAddedSubList()) {
                if (!(w instanceof PopupWindow)) {
                    strayWindows.add(describe(w));
                }
            }
        }
    };
    private AppState state;
    private MainWindow window;
    private KioskStart kiosk;
    private Stage stage;
    private String doing = "starting";

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            Window.getWindows().removeListener(windowWatch);
            // a dialog the walk found (the test failed) must not outlive it
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && !(w instanceof PopupWindow) && w instanceof Stage s) {
                    s.close();
                }
            }
            if (kiosk != null) {
                kiosk.kiosk.dispose();
            }
            if (window != null) {
                window.dispose();
            }
            if (stage != null) {
                stage.hide();
            }
        });
    }

    @Test
    void aKioskVisitorCannotOpenAFileBrowserOrExitWindow(FxRobot robot) {
        start(robot, null, false);
        int fired = walk(robot, true);
        assertTrue(fired > 40, "the walk reached the kiosk's controls: " + fired);
    }

    @Test
    void aTourInsideTheKioskOffersNoWayOut(FxRobot robot) {
        start(robot, null, true);
        assertTrue(onFx(() -> kiosk.scene.getRoot() instanceof org.mountainsseas.mode.lecture.LectureView), "the tour runs in the kiosk's scene");
        int fired = walk(robot, true);
        assertTrue(fired >= 2, "the walk reached the tour's caption and map: " + fired);
    }

    @Test
    void aKioskStartedAtAYearOffersNoWayOut(FxRobot robot) {
        start(robot, 2015, false);
        assertEquals(2015, state.year());
        int fired = walk(robot, false);
        assertTrue(fired > 20, "the walk reached the kiosk's controls: " + fired);
    }

    private void start(FxRobot robot, Integer year, boolean present) {
        robot.interact(() -> {
            Properties p = new Properties();
            try {
                p.load(new StringReader("kiosk = true\nadmin.pin = 4711\nidle.seconds = 3600\nattract.step.seconds = 60\n"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
            var world = TestWorld.bundled();
            state = new AppState(Language.EN);
            state.loadData(world.dataset(), world.sides(), world.problems());
            if (year != null) {
                state.setYear(year);
            }
            window = new MainWindow(state, world, links::add, DataLocation.bundled(),
                    new ImportStore(userData, AtomicWriter::write), picker);
            stage = new Stage();
            KioskMode.prepare(stage);
            // as in the app, where the splash is showing when the kiosk locks the stage
            stage.setScene(new javafx.scene.Scene(new javafx.scene.control.Label()));
            stage.show();
            kiosk = KioskStart.open(state, window, KioskConfig.parse(p), stage, () -> exits.add(doing));
            // the walk fires hundreds of controls: no flows repainting every frame of a busy machine
            kiosk.kiosk.motionProperty().set(false);
            Window.getWindows().addListener(windowWatch);
            if (present) {
                assertTrue(kiosk.present(null, LectureTheme.PROJECTOR, 1) != null, "the bundled tour starts");
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        check("the start");
    }

    /**
     * From every start state, fires each control not fired before, then what that revealed, until a
     * whole pass over the start states fires nothing new; returns how many distinct controls were fired.
     */
    private int walk(FxRobot robot, boolean everywhere) {
        Map<String, Consumer<FxRobot>> starts = starts(everywhere);
        Set<String> fired = new LinkedHashSet<>();
        for (int pass = 0; pass < MAX_PASSES && !starts.isEmpty(); pass++) {
            for (var it = starts.entrySet().iterator(); it.hasNext(); ) {
                var s = it.next();
                int before = fired.size();
                doing = s.getKey();
                robot.interact(this::toStart);
                s.getValue().accept(robot);
                WaitForAsyncUtils.waitForFxEvents();
                check(s.getKey());
                fireAll(robot, s.getKey(), fired);
                if (fired.size() == before) {
                    // nothing new from here now means nothing new from here ever: the fired set only grows
                    it.remove();
                }
            }
        }
        assertTrue(starts.isEmpty(), "the walk did not end within " + MAX_PASSES + " passes; fired " + fired);
        return fired.size();
    }

    /** Back to where a visitor first finds the kiosk (for a tour: its first step). */
    private void toStart() {
        kiosk.kiosk.pinPad().close();
        kiosk.kiosk.cities().close();
        kiosk.kiosk.idle().resetNow();
        if (kiosk.scene.getRoot() instanceof org.mountainsseas.mode.lecture.LectureView v) {
            v.tour().goTo(0);
        }
    }

    /** @param everywhere also the states a start year cannot change (city picker, idle prompt, attract loop, PIN pad) */
    private Map<String, Consumer<FxRobot>> starts(boolean everywhere) {
        Map<String, Consumer<FxRobot>> s = new LinkedHashMap<>();
        s.put("home", r -> { });
        if (state.mode() == org.mountainsseas.state.AppMode.LECTURE) {
            return s;
        }
        for (String tap : TAPS) {
            s.put("tap " + tap, r -> r.clickOn(screenPoint(r, tap)));
        }
        if (!everywhere) {
            return s;
        }
        s.put("city picker", r -> r.clickOn("#find-hometown"));
        s.put("idle prompt", r -> r.interact(() -> kiosk.kiosk.idle().promptNow()));
        s.put("attract loop and its wake", r -> {
            r.interact(() -> kiosk.kiosk.idle().attractNow());
            assertTrue(kiosk.kiosk.attract().running(), "the attract loop runs");
            r.clickOn(screenPoint(r, "331181"));
        });
        s.put("attract loop", r -> r.interact(() -> kiosk.kiosk.idle().attractNow()));
        s.put("PIN pad", r -> r.interact(() -> kiosk.kiosk.pinPad().open()));
        return s;
    }

    private Point2D screenPoint(FxRobot robot, String tap) {
        return onFx(() -> {
            var map = window.map();
            String[] two = tap.split("\\|");
            Point2D p = map.screenPointOf(two[0]);
            if (two.length == 2) {
                p = p.midpoint(map.screenPointOf(two[1]));
            }
            return map.localToScreen(p.getX(), p.getY() - 3);
        });
    }

    /** Fires every visible, enabled control not fired yet, checking after each; repeats while firing reveals new ones. */
    private void fireAll(FxRobot robot, String from, Set<String> fired) {
        for (int round = 0; round < 20; round++) {
            List<Node> targets = onFx(() -> targets(kiosk.scene.getRoot()));
            boolean any = false;
            for (Node n : targets) {
                String key = key(n);
                if (fired.contains(key) || !onFx(() -> reachable(n))) {
                    continue;
                }
                fired.add(key);
                any = true;
                doing = from + " › " + key;
                // not waited for: a modal dialog's showAndWait would never return in a headless test
                javafx.application.Platform.runLater(() -> {
                    try {
                        fire(n, fired);
                    } catch (RuntimeException | AssertionError e) {
                        errors.add(key + ": " + e);
                    }
                });
                WaitForAsyncUtils.waitForFxEvents();
                check(doing);
            }
            if (!any) {
                return;
            }
        }
    }

    private static List<Node> targets(Parent root) {
        List<Node> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible() || n.isDisabled()) {
            return;
        }
        if (n instanceof ButtonBase || n instanceof ComboBoxBase || n instanceof ChoiceBox
                || n.getOnMouseClicked() != null || n.getOnMousePressed() != null
                || n instanceof Control c && c.getContextMenu() != null) {
            out.add(n);
        }
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    /** Whether the node is still in the kiosk's scene, shown and enabled (an earlier press may have changed that). */
    private boolean reachable(Node n) {
        if (n.getScene() != kiosk.scene || n.isDisabled()) {
            return false;
        }
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** What a visitor does to the control: press it, open it and each of its items, ask for its context menu. */
    private void fire(Node n, Set<String> fired) {
        if (n instanceof Control c && c.getContextMenu() != null) {
            // as a right-click or long press would; the kiosk swallows these before any control sees them
            Event.fireEvent(n, new ContextMenuEvent(ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, 5, 5, false, new PickResult(n, 5, 5)));
            assertTrue(!c.getContextMenu().isShowing(), "a context menu opened in the kiosk: " + key(n));
        }
        if (n instanceof MenuButton m) {
            m.show();
            for (MenuItem item : m.getItems()) {
                fireItem(item, key(n), fired);
            }
            m.hide();
        } else if (n instanceof ButtonBase b) {
            b.fire();
        } else if (n instanceof ComboBoxBase<?> box) {
            box.show();
        } else if (n instanceof ChoiceBox<?> box) {
            box.show();
        } else {
            Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_PRESSED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                    false, false, false, false, true, false, false, true, false, true, new PickResult(n, 5, 5)));
            Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_RELEASED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                    false, false, false, false, false, false, false, true, false, true, new PickResult(n, 5, 5)));
            Event.fireEvent(n, new MouseEvent(MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, MouseButton.PRIMARY, 1,
                    false, false, false, false, false, false, false, true, false, true, new PickResult(n, 5, 5)));
        }
    }

    private void fireItem(MenuItem item, String menu, Set<String> fired) {
        if (!item.isVisible() || item.isDisable()) {
            return;
        }
        fired.add(menu + " › " + item.getText());
        if (item instanceof Menu sub) {
            for (MenuItem i : sub.getItems()) {
                fireItem(i, menu + " › " + item.getText(), fired);
            }
        } else {
            item.fire();
        }
    }

    /** Nothing left the kiosk: no window of its own, no file picker, no link handed over, no exit; still full screen. */
    private void check(String after) {
        assertEquals(List.of(), strayWindows, "a window opened after " + after);
        assertEquals(List.of(), errors, "a control failed after " + after);
        assertEquals(List.of(), picker.asked, "the file picker was asked after " + after);
        assertEquals(List.of(), links, "a link was handed to the desktop after " + after);
        assertEquals(List.of(), exits, "the app exited after " + after);
        assertTrue(onFx(() -> stage.isShowing() && stage.isFullScreen() && !stage.isIconified()), "the kiosk still covers the screen after " + after);
        List<String> open = onFx(() -> Window.getWindows().stream().filter(w -> w.isShowing() && w != stage && !(w instanceof PopupWindow))
                .map(KioskWalkTest::describe).toList());
        assertEquals(List.of(), open, "a window is showing after " + after);
    }

    /** A control's name for the walk: its kind, id, style classes and text (a chip per county is one control each). */
    private static String key(Node n) {
        String text = n instanceof Labeled l ? l.getText() : "";
        return n.getClass().getSimpleName() + "#" + n.getId() + n.getStyleClass() + " '" + text + "'";
    }

    private static String describe(Window w) {
        return w.getClass().getSimpleName() + (w instanceof Stage s ? " '" + s.getTitle() + "'" : "");
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> c) {
        try {
            return WaitForAsyncUtils.asyncFx(c).get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
