package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.PickResult;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A day at the exhibition, compressed: random taps, drags and pinches on the map, taps on the
 * panel's links and the top bar's buttons, with an idle reset and attract loop every few hundred
 * gestures. Events are fired straight at the nodes (through the whole dispatch chain, kiosk
 * filters included), in batches, with a pulse between batches so layers repaint and animations
 * run. Asserts that nothing threw, that the app still answers a real click, and that the heap
 * after GC is within 10 % of where it was after warming up.
 *
 * <p>{@code ./mvnw verify} runs 4,000 gestures (about 23,000 events); {@code ./mvnw -Psoak test
 * -Dtest=KioskSoakTest} runs 20,000. The report line "soak: …" goes to the test's output file.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskSoakTest {
    private static final int GESTURES = Integer.getInteger("soak.gestures", 4_000);
    private static final int BATCH = 50;
    private static final int IDLE_EVERY = 500;
    private final Random random = new Random(20_240_503);
    private final List<Throwable> errors = Collections.synchronizedList(new ArrayList<>());
    private KioskHarness kiosk;
    private Node mapView;
    private long events;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\nattract.step.seconds = 0.5\n", 1280, 800);
        mapView = kiosk.window.map().getChildren().get(0);
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> {
            // the stack trace goes to the test's output: the assertion only names the errors
            e.printStackTrace();
            errors.add(e);
        });
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(null);
            kiosk.close();
        });
    }

    @Test
    void thousandsOfGesturesLeaveNoErrorAndNoGrowth(FxRobot robot) throws Exception {
        long t0 = System.nanoTime();
        // warm up: classes, caches, the panel's layouts, and one attract loop (its canvas is made on first use)
        run(Math.min(1_000, GESTURES / 10));
        robot.interact(() -> kiosk.kiosk.idle().attractNow());
        KioskHarness.waitUntil("the loop has drawn", () -> kiosk.kiosk.attract().stopsShown() >= 2);
        robot.interact(() -> kiosk.kiosk.idle().resetNow());
        // a kiosk running all day has every zoom band (the app works them all out after its first frame)
        org.mountainsseas.testing.TestWorld.bundled().atlas().bands().prepare();
        long before = usedHeapAfterGc();
        String histogramBefore = histogram();
        run(GESTURES);
        robot.interact(() -> kiosk.kiosk.idle().resetNow());
        KioskHarness.waitUntil("the camera is home", () -> !kiosk.window.map().moving());
        long after = usedHeapAfterGc();
        if (!histogramBefore.isEmpty()) {
            System.out.println("BEFORE\n" + histogramBefore.lines().limit(40).collect(java.util.stream.Collectors.joining("\n")));
            System.out.println("AFTER\n" + histogram().lines().limit(40).collect(java.util.stream.Collectors.joining("\n")));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("soak: %d gestures (%d events) in %.1f s; heap after GC %.1f MB -> %.1f MB (%+.1f %%)%n",
                GESTURES, events, seconds, before / 1e6, after / 1e6, 100.0 * (after - before) / before);

        assertTrue(errors.isEmpty(), "errors: " + errors);
        assertTrue(WaitForAsyncUtils.asyncFx(() -> true).get(5, TimeUnit.SECONDS), "the UI thread answers");
        robot.clickOn(kiosk.screenPointOf("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("331181", kiosk.state.selected(), () -> "a real tap still selects; phase " + kiosk.kiosk.idle().phase()
                + ", chooser open " + kiosk.kiosk.chooser().isOpen() + ", PIN pad " + kiosk.kiosk.pinPad().isVisible()
                + ", zoom " + kiosk.window.map().camera().zoom() + ", moving " + kiosk.window.map().moving()
                + ", Longquan at " + kiosk.window.map().screenPointOf("331181"));
        assertTrue(after <= before * 1.10, String.format("heap grew from %d to %d bytes", before, after));
    }

    private void run(int gestures) {
        for (int done = 0; done < gestures; done += BATCH) {
            int n = Math.min(BATCH, gestures - done);
            int start = done;
            WaitForAsyncUtils.asyncFx(() -> {
                for (int i = 0; i < n; i++) {
                    try {
                        if ((start + i) % IDLE_EVERY == IDLE_EVERY - 1) {
                            kiosk.kiosk.idle().attractNow();
                        } else {
                            gesture();
                        }
                    } catch (RuntimeException e) {
                        e.printStackTrace();
                        errors.add(e);
                    }
                }
            });
            WaitForAsyncUtils.waitForFxEvents(1);
        }
    }

    private void gesture() {
        int kind = random.nextInt(10);
        if (kind < 4) {
            tap(mapView, mapPoint());
        } else if (kind < 7) {
            drag(mapPoint(), mapPoint());
        } else if (kind < 9) {
            pinch(mapPoint(), 0.6 + random.nextDouble() * 0.9);
        } else {
            List<Node> buttons = new ArrayList<>(kiosk.scene.getRoot().lookupAll(".hyperlink"));
            buttons.addAll(kiosk.scene.getRoot().lookupAll(".button"));
            buttons.removeIf(b -> !shown(b) || !(b instanceof ButtonBase) || b.getLayoutBounds().isEmpty());
            if (!buttons.isEmpty()) {
                Node b = buttons.get(random.nextInt(buttons.size()));
                var c = b.getLayoutBounds();
                tap(b, b.localToScene(c.getCenterX(), c.getCenterY()));
            }
        }
    }

    private static boolean shown(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return n.getScene() != null;
    }

    private Point2D mapPoint() {
        var b = mapView.getLayoutBounds();
        return mapView.localToScene(random.nextDouble() * b.getWidth(), random.nextDouble() * b.getHeight());
    }

    private void tap(Node target, Point2D p) {
        mouse(target, MouseEvent.MOUSE_PRESSED, p, true, 1);
        mouse(target, MouseEvent.MOUSE_RELEASED, p, true, 1);
        mouse(target, MouseEvent.MOUSE_CLICKED, p, true, random.nextInt(8) == 0 ? 2 : 1);
    }

    private void drag(Point2D from, Point2D to) {
        mouse(mapView, MouseEvent.MOUSE_PRESSED, from, true, 1);
        int steps = 3 + random.nextInt(6);
        for (int s = 1; s <= steps; s++) {
            double t = (double) s / steps;
            mouse(mapView, MouseEvent.MOUSE_DRAGGED, from.add(to.subtract(from).multiply(t)), false, 1);
        }
        mouse(mapView, MouseEvent.MOUSE_RELEASED, to, false, 1);
        mouse(mapView, MouseEvent.MOUSE_CLICKED, to, false, 1);
    }

    private void pinch(Point2D at, double factor) {
        zoom(ZoomEvent.ZOOM_STARTED, at, 1, 1);
        double total = 1;
        for (int s = 0; s < 4; s++) {
            double f = Math.pow(factor, 0.25);
            total *= f;
            zoom(ZoomEvent.ZOOM, at, f, total);
        }
        zoom(ZoomEvent.ZOOM_FINISHED, at, 1, total);
    }

    private void mouse(Node target, EventType<MouseEvent> type, Point2D scene, boolean still, int clicks) {
        Point2D screen = scene; // the kiosk window sits at the screen's origin
        boolean down = type == MouseEvent.MOUSE_PRESSED || type == MouseEvent.MOUSE_DRAGGED;
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, clicks, false, false, false, false, down, false, false, true, false, still,
                new PickResult(target, scene.getX(), scene.getY())));
        events++;
    }

    private void zoom(EventType<ZoomEvent> type, Point2D scene, double factor, double total) {
        Event.fireEvent(mapView, new ZoomEvent(type, scene.getX(), scene.getY(), scene.getX(), scene.getY(),
                false, false, false, false, true, false, factor, total, new PickResult(mapView, scene.getX(), scene.getY())));
        events++;
    }

    /** The live-object histogram (with {@code -Dsoak.histogram=true}), to find what grew. */
    private static String histogram() {
        if (!Boolean.getBoolean("soak.histogram")) {
            return "";
        }
        try {
            var name = new javax.management.ObjectName("com.sun.management:type=DiagnosticCommand");
            return (String) ManagementFactory.getPlatformMBeanServer().invoke(name, "gcClassHistogram",
                    new Object[] {null}, new String[] {String[].class.getName()});
        } catch (javax.management.JMException e) {
            return e.toString();
        }
    }

    /** The heap in use after GC with the map at rest: no crisp frame being drawn or waiting to show. */
    private long usedHeapAfterGc() {
        KioskHarness.waitUntil("the map is at rest", () -> kiosk.window.map().canvas().idle());
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            WaitForAsyncUtils.waitForFxEvents();
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
