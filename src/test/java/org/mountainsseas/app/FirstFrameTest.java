package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.TestWorld;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The work that waits for the first frame (the zoom bands) starts only once the map has drawn and shown a frame. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FirstFrameTest {
    private MainWindow window;
    private final CompletableFuture<Void> shown = new CompletableFuture<>();
    private final AtomicBoolean drawnWhenShown = new AtomicBoolean();
    private final AtomicBoolean doneBeforeShow = new AtomicBoolean();
    private final java.util.concurrent.atomic.AtomicLong pulse = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong drawnAt = new java.util.concurrent.atomic.AtomicLong(-1);
    private final java.util.concurrent.atomic.AtomicLong shownAt = new java.util.concurrent.atomic.AtomicLong(-1);

    @Start
    void start(Stage stage) {
        window = new MainWindow(TestWorld.state(Language.EN), TestWorld.bundled(), url -> { });
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        // counts pulses (started before the watcher, so it runs first in each pulse) and notes the first with a frame drawn and shown
        new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                long p = pulse.incrementAndGet();
                if (drawnAt.get() < 0 && window.map().allCountiesDrawn() && window.map().canvas().framesShown() > 0) {
                    drawnAt.set(p);
                }
            }
        }.start();
        // on the FX thread, as the app: whatever the moment is, the map has drawn by then
        shown.thenRun(() -> {
            shownAt.set(pulse.get());
            drawnWhenShown.set(window.map().allCountiesDrawn() && window.map().canvas().framesShown() > 0);
        });
        FirstFrame.watch(window.map(), shown);
        doneBeforeShow.set(shown.isDone());
        stage.show();
    }

    @Test
    void itComesAfterTheMapHasDrawnAndShownAFrame() throws Exception {
        shown.get(60, TimeUnit.SECONDS);
        assertFalse(doneBeforeShow.get(), "not before the window is shown");
        assertTrue(drawnWhenShown.get(), "every county drawn and the frame shown when the work may start");
        assertTrue(drawnAt.get() > 0 && shownAt.get() - drawnAt.get() >= FirstFrame.PULSES_AFTER,
                "two pulses after the first frame was drawn: drawn at pulse " + drawnAt + ", started at " + shownAt);
    }
}
