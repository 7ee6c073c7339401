package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** While the camera moves the map shows a resampled image of its last crisp frame, then paints crisply again. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MotionImageTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    /** The land layer: it leads, holding the canvas (and the motion image) every layer paints onto. */
    private CanvasLayer first() {
        return ui.layer(CountyLayer.class);
    }

    private Canvas canvas() {
        return (Canvas) first().getChildrenUnmodifiable().stream().filter(n -> n instanceof Canvas).findFirst().orElseThrow();
    }

    private ImageView motionView() {
        Node n = first().getChildrenUnmodifiable().stream().filter(c -> c instanceof ImageView).findFirst().orElseThrow();
        return (ImageView) n;
    }

    @Test
    void aPanShowsTheMovedImageInsteadOfRepaintingAndThenRepaintsCrisply(FxRobot robot) throws Exception {
        // the label sheet, drawn a second after the first frame, repaints the map: wait for it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && ui.map().labels().fromSheet());
        WaitForAsyncUtils.waitForFxEvents();
        long paintsBefore = first().paintCount();
        robot.interact(() -> {
            ui.map().camera().panBy(40, 25);
            first().layout();
        });
        assertTrue(first().showingMotionImage(), "moving: the image of the last frame is shown");
        assertTrue(motionView().isVisible());
        assertFalse(canvas().isVisible(), "the canvas is hidden, not repainted");
        assertEquals(paintsBefore, first().paintCount(), "no layer painted for the move");
        int w = (int) motionView().getImage().getWidth();
        // the frame moved 40 px right: the first 40 columns of the image are clear
        assertEquals(0, motionView().getImage().getPixelReader().getArgb(10, 300) >>> 24, "left edge uncovered");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !first().showingMotionImage());
        robot.interact(() -> first().layout());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(canvas().isVisible(), "after the settle delay the canvas shows a crisp frame");
        assertFalse(motionView().isVisible());
        assertTrue(first().paintCount() > paintsBefore, "and the layers painted it");
        assertTrue(w > 0);
    }

    @Test
    void aChangeOfContentWhileMovingRepaintsCrisplyAtOnce(FxRobot robot) throws Exception {
        // the label sheet, drawn a second after the first frame, repaints the map: wait for it
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && ui.map().labels().fromSheet());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            ui.map().camera().panBy(-30, 0);
            first().layout();
        });
        assertTrue(first().showingMotionImage());
        robot.interact(() -> {
            ui.state.select("331181");
            first().layout();
        });
        assertFalse(first().showingMotionImage(), "a new selection is never shown on an old image");
        assertTrue(canvas().isVisible());
    }

    @Test
    void aNewMapSizeRepaintsCrisplyWithoutTakingAnImageOfTheOldFrame(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && ui.map().labels().fromSheet());
        WaitForAsyncUtils.waitForFxEvents();
        long paintsBefore = first().paintCount();
        double heightBefore = ui.map().getHeight();
        boolean[] movingImage = new boolean[1];
        robot.interact(() -> {
            // the timeline grows: the map gets shorter and re-fits the province
            ui.window.timeline().setMinHeight(ui.window.timeline().getHeight() + 60);
            ui.window.layout();
            first().layout();
            movingImage[0] = first().showingMotionImage();
        });
        assertTrue(ui.map().getHeight() < heightBefore - 50, "the map got shorter");
        assertFalse(movingImage[0], "a re-fit is painted at once, not shown as a moved image of the old frame");
        assertTrue(canvas().isVisible());
        assertTrue(first().paintCount() > paintsBefore, "and the layers painted it");
    }
}
