package org.mountainsseas.mode.kiosk;

import org.mountainsseas.testing.TestWorld;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.app.World;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk on its own undecorated stage over the real data, as the app builds it, with a fake
 * clock for the PIN gate and a counter in place of exiting.
 */
final class KioskHarness {
    private static World world;
    final AppState state = new AppState(Language.EN);
    final AtomicLong clock = new AtomicLong(1_000_000);
    final AtomicInteger exits = new AtomicInteger();
    final MainWindow window;
    final KioskMode kiosk;
    final Stage stage;
    final Scene scene;

    /** Builds and shows the kiosk; call on the FX thread. {@code config} is kiosk.properties text. */
    KioskHarness(String config, int width, int height) {
        if (world == null) {
            world = TestWorld.bundled();
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader("kiosk = true\nadmin.pin = 4711\n" + config));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KioskConfig c = KioskConfig.parse(p);
        state.loadData(world.dataset(), world.sides(), world.problems());
        window = new MainWindow(state, world, url -> { });
        kiosk = new KioskMode(state, window, window.map(), c, 96, new KioskPinGate(c.pin(), clock::get), exits::incrementAndGet);
        stage = new Stage();
        KioskMode.prepare(stage);
        scene = new Scene(kiosk.root(), width, height);
        scene.getStylesheets().add(MainWindow.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        kiosk.lock(stage, scene); // as in the app: the stage is already showing (the splash) when kiosk mode locks it
    }

    /** Tears the kiosk down; call on the FX thread. */
    void close() {
        kiosk.dispose();
        window.dispose();
        stage.hide();
    }

    /** Where a county's label point is on the screen (a little above it, off the enclave markers). */
    Point2D screenPointOf(String adcode) {
        Point2D local = window.map().screenPointOf(adcode);
        return window.map().localToScreen(local.getX(), local.getY() - 3);
    }

    static void waitUntil(String what, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
