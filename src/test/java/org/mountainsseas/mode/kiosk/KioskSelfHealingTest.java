package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskSelfHealingTest {
    private KioskHarness kiosk;
    private Thread.UncaughtExceptionHandler previous;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\n", 1280, 800);
        previous = Thread.currentThread().getUncaughtExceptionHandler();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(previous);
            kiosk.close();
        });
    }

    @Test
    void anExceptionOnTheUiThreadIsCaughtAndTheKioskGoesHome(FxRobot robot) {
        KioskGuard guard = new KioskGuard(Platform::runLater, kiosk.kiosk::recover, () -> { }, System::currentTimeMillis);
        robot.interact(() -> {
            Thread.currentThread().setUncaughtExceptionHandler(guard);
            kiosk.state.select("331181");
            kiosk.state.setLanguage(Language.ZH);
        });
        Platform.runLater(() -> {
            throw new IllegalStateException("a bug in some handler");
        });
        KioskHarness.waitUntil("the kiosk is back home", () -> kiosk.state.selected() == null);
        assertEquals(Language.EN, kiosk.state.language());
        assertEquals(1, guard.handled());
    }

    @Test
    void aStalledUiThreadIsReportedAndTheKioskGoesHomeWhenItAnswers(FxRobot robot) throws InterruptedException {
        List<String> reports = new CopyOnWriteArrayList<>();
        CountDownLatch noticed = new CountDownLatch(1);
        robot.interact(() -> kiosk.state.select("331181"));
        KioskWatchdog dog = new KioskWatchdog(Platform::runLater, System::currentTimeMillis, 300, 60_000,
                new KioskWatchdog.Listener() {
                    @Override
                    public void stalled(long ms) {
                        reports.add("stalled");
                        noticed.countDown();
                    }

                    @Override
                    public void recovered(long ms) {
                        reports.add("recovered");
                        Platform.runLater(kiosk.kiosk::recover);
                    }

                    @Override
                    public void dead(long ms) {
                        reports.add("dead");
                    }
                });
        CountDownLatch release = new CountDownLatch(1);
        try (dog) {
            dog.start();
            // the UI thread hangs until the watchdog has noticed (or 20 s pass)
            Platform.runLater(() -> {
                try {
                    release.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(noticed.await(20, TimeUnit.SECONDS), "the stall was noticed");
            release.countDown();
            KioskHarness.waitUntil("the kiosk is back home", () -> kiosk.state.selected() == null);
        }
        // a loaded machine may stall the UI thread again later; the first stall and its recovery are ours
        assertEquals(List.of("stalled", "recovered"), reports.subList(0, 2), reports.toString());
        assertTrue(kiosk.window.map().isVisible());
    }
}
