package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The way from the canvas to Skia, with a library the test loads by hand. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SkiaSwitchTest {
    private final HandLoadedSkia library = new HandLoadedSkia();
    private final List<Renderer> switched = new CopyOnWriteArrayList<>();
    private volatile boolean frameShown;

    @Start
    void start(Stage stage) {
        // the switch needs the toolkit's pulses, not a window
    }

    private SkiaSwitch make(FxRobot robot, boolean interactive) {
        SkiaSwitch[] made = new SkiaSwitch[1];
        robot.interact(() -> made[0] = new SkiaSwitch(library, () -> interactive, switched::add, () -> frameShown));
        return made[0];
    }

    /** Shows the canvas's frame, and waits for the load it starts (two pulses later). */
    private void canvasFrame(FxRobot robot, SkiaSwitch skia) throws Exception {
        robot.interact(() -> {
            frameShown = true;
            skia.canvasFrameShown();
            skia.canvasFrameShown();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> library.loads.get() > 0);
    }

    @Test
    void inAnInteractiveStartSkiaLoadsAfterTheCanvasFrameAndDrawsOnlyAtTheNextChange(FxRobot robot) throws Exception {
        SkiaSwitch skia = make(robot, true);
        Renderer[] first = new Renderer[1];
        robot.interact(() -> first[0] = skia.resolve(Renderer.SKIA));
        assertEquals(Renderer.FX, first[0], "the canvas draws while the library loads");
        assertEquals(SkiaSwitch.Stage.LOADING, skia.stage());
        assertEquals(0, library.loads.get(), "no load before the canvas's first frame is up");
        canvasFrame(robot, skia);
        assertFalse(skia.repaintsWhenLoaded(), "at rest the canvas's frame is final");
        library.future.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, library.loads.get(), "loaded once");
        assertEquals(SkiaSwitch.Stage.AT_NEXT_CHANGE, skia.stage());
        assertEquals(List.of(), switched, "no Skia frame replaces the canvas's at rest");
        boolean[] now = new boolean[2];
        robot.interact(() -> {
            now[0] = skia.switchesNow();
            skia.changed();
            now[1] = skia.switchesNow();
        });
        assertFalse(now[0], "a painter's own repaint is no change");
        assertTrue(now[1], "the next change's frame is Skia's");
    }

    @Test
    void outsideAnInteractiveStartSkiaRepaintsAsSoonAsItHasLoaded(FxRobot robot) throws Exception {
        SkiaSwitch skia = make(robot, false);
        robot.interact(() -> skia.resolve(Renderer.SKIA));
        assertTrue(skia.repaintsWhenLoaded(), "a frame is still to come: not idle");
        canvasFrame(robot, skia);
        library.future.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(Renderer.SKIA), switched);
    }

    @Test
    void aLibraryThatDoesNotLoadLeavesTheCanvasDrawing(FxRobot robot) throws Exception {
        SkiaSwitch skia = make(robot, false);
        robot.interact(() -> skia.resolve(Renderer.SKIA));
        canvasFrame(robot, skia);
        library.future.complete("UnsatisfiedLinkError: no skiko in java.library.path");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), switched);
        assertEquals(SkiaSwitch.Stage.NONE, skia.stage());
        Renderer[] again = new Renderer[1];
        robot.interact(() -> again[0] = skia.resolve(Renderer.SKIA));
        assertEquals(Renderer.FX, again[0], "asked again, the canvas draws");
    }

    @Test
    void anOffScreenRunWaitsForTheLibraryBeforeItsFrames(FxRobot robot) {
        SkiaSwitch skia = make(robot, false);
        robot.interact(() -> skia.resolve(Renderer.SKIA));
        library.load().complete(null);
        robot.interact(skia::still);
        assertEquals(List.of(Renderer.SKIA), switched, "every frame after setStill is Skia's");
    }
}
