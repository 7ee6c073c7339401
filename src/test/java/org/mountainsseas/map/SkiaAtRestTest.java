package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A map in an interactive start, its Skia library loaded by hand: once loaded, the canvas's frame stays
 * up at rest, even through a painter's own repaint (the label sheet's), and Skia draws the first frame
 * a change asks for. The whole map, not only its switch ({@link SkiaSwitchTest}).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SkiaAtRestTest {
    private final HandLoadedSkia library = new HandLoadedSkia();
    private AppState state;
    private MapCanvas canvas;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        // as the map pane builds it: the camera is ready once a map view holds it
        MapCamera camera = new MapCamera();
        MapView host = new MapView();
        host.addLayer(camera);
        var atlas = TestWorld.bundled().atlas();
        var b = atlas.bounds();
        camera.show((b.minX() + b.maxX()) / 2, (b.minY() + b.maxY()) / 2, MapCamera.fitZoom(b, 600, 400, 0.05), 300, 200);
        MapContext context = new MapContext(state, camera, atlas, MapStyle.standard(), new YearFade(state), Map.of());
        canvas = new MapCanvas(context, host, List.of(new LandPainter(context)), library, () -> true);
        host.addLayer(canvas);
        stage.setScene(new Scene(new StackPane(host), 600, 400));
        stage.show();
    }

    /** Lays the map out now, as the next pulse would, and says what draws it. */
    private Renderer layOut(FxRobot robot, Runnable before) {
        Renderer[] r = new Renderer[1];
        robot.interact(() -> {
            before.run();
            canvas.requestLayout();
            canvas.layout();
            r[0] = canvas.renderer();
        });
        return r[0];
    }

    @Test
    void onceLoadedSkiaLeavesTheCanvasFrameUpAtRestAndDrawsTheNextChange(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.framesShown() > 0);
        assertEquals(Renderer.FX, canvas.renderer(), "the first frame is the canvas's");
        // the load starts two pulses after that frame
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> library.loads.get() > 0);
        library.future.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        long shown = canvas.framesShown();
        assertEquals(Renderer.FX, layOut(robot, canvas::invalidate), "a painter's own repaint at rest: still the canvas");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, canvas::idle);
        assertEquals(Renderer.FX, canvas.renderer(), "at rest no Skia frame replaces the canvas's");
        assertEquals(shown + 1, canvas.framesShown(), "the repaint was the canvas's own frame");
        assertEquals(Renderer.SKIA, layOut(robot, () -> state.select("331181")), "a change: Skia draws its frame");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.idle() && canvas.framesShown() > shown + 1);
    }

    @Test
    void onceLoadedTheFrameAtRestIsDrawnAsideBySkiaAndNothingOnScreenChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas.framesShown() > 0);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> library.loads.get() > 0);
        assertNull(canvas.warmFrame(), "no warm-up before Skia has loaded");
        long shown = canvas.framesShown();
        long painted = canvas.paintCount();
        library.future.complete(null);
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(canvas.warmFrame(), "loaded and waiting for a change: the frame at rest is drawn aside");
        double ms = canvas.warmFrame().get(60, TimeUnit.SECONDS);
        assertTrue(ms > 0, "Skia drew the warm-up frame: " + ms + " ms");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Renderer.FX, canvas.renderer(), "the canvas's frame stays up");
        assertEquals(shown, canvas.framesShown(), "nothing new was shown");
        assertEquals(painted, canvas.paintCount(), "the warm-up is not one of the map's frames");
    }
}
