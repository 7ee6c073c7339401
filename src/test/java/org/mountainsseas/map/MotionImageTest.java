package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
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

    private MapCanvas canvas() {
        return ui.map().canvas();
    }

    /** Waits until the label sheet, drawn a while after the first frame, has repainted the map. */
    private void settled() throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && ui.map().labels().fromSheet());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPanShowsTheMovedImageInsteadOfRepaintingAndThenRepaintsCrisply(FxRobot robot) throws Exception {
        settled();
        long[] paintsBefore = new long[1];
        boolean[] seen = new boolean[4];
        double[] shift = new double[2];
        boolean[] unmoved = new boolean[1];
        // everything about the moving image is read in the same FX event as the move: the image
        // repaints crisply once the camera has been still for a moment, which on a loaded machine
        // may come before this thread could look
        robot.interact(() -> {
            paintsBefore[0] = canvas().paintCount();
            ui.map().camera().panBy(40, 25);
            canvas().layout();
            seen[0] = canvas().showingMotionImage();
            seen[1] = canvas().motionView().isVisible();
            seen[2] = canvas().showingCrispFrame();
            seen[3] = canvas().paintCount() == paintsBefore[0];
            // a pure pan moves the unchanged frame as a node, by whole pixels: nothing is resampled
            shift[0] = canvas().motionView().getTranslateX();
            shift[1] = canvas().motionView().getTranslateY();
            unmoved[0] = samePixels(canvas().motionView().getImage(), canvas().frameImage());
        });
        assertTrue(seen[0], "moving: the image of the last frame is shown");
        assertTrue(seen[1]);
        assertFalse(seen[2], "the crisp frame is hidden, not repainted");
        assertTrue(seen[3], "no painter painted for the move");
        assertEquals(40, shift[0], "moved 40 px right");
        assertEquals(25, shift[1], "and 25 px down");
        assertTrue(unmoved[0], "the image is the crisp frame as drawn");
        long shownBefore = canvas().framesShown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !canvas().showingMotionImage());
        // the crisp frame is drawn once the camera has settled, and shown when it is ready
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas().framesShown() > shownBefore);
        boolean[] after = new boolean[2];
        robot.interact(() -> {
            after[0] = canvas().showingCrispFrame();
            after[1] = canvas().motionView().isVisible();
        });
        assertTrue(after[0], "after the settle delay the map shows a crisp frame");
        assertFalse(after[1]);
    }

    @Test
    void aZoomResamplesTheFrameInPlaceAfterAPan(FxRobot robot) throws Exception {
        settled();
        double[] shift = new double[2];
        boolean[] unmoved = new boolean[1];
        int[] leftEdgeAlpha = new int[1];
        robot.interact(() -> {
            ui.map().camera().panBy(40, 0);
            canvas().layout();
            ui.map().camera().zoomBy(0.25, 40, 40);
            canvas().layout();
            shift[0] = canvas().motionView().getTranslateX();
            shift[1] = canvas().motionView().getTranslateY();
            unmoved[0] = samePixels(canvas().motionView().getImage(), canvas().frameImage());
            // zoomed in around (40, 40) after the pan: the frame's left edge is now left of the view
            // but its top-left corner shows still clear (the pan uncovered it)
            leftEdgeAlpha[0] = canvas().motionView().getImage().getPixelReader().getArgb(2, 300) >>> 24;
        });
        assertEquals(0, shift[0], "a zoom is resampled into the image, which stays in place");
        assertEquals(0, shift[1]);
        assertFalse(unmoved[0], "the image is resampled");
        assertEquals(0, leftEdgeAlpha[0], "the edge the pan uncovered stays clear");
    }

    /** Whether two images hold the same pixels over the smaller one's area. */
    private static boolean samePixels(javafx.scene.image.Image a, javafx.scene.image.Image b) {
        int w = (int) Math.min(a.getWidth(), b.getWidth()), h = (int) Math.min(a.getHeight(), b.getHeight());
        for (int y = 0; y < h; y += 7) {
            for (int x = 0; x < w; x += 5) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void aChangeOfContentWhileMovingRepaintsCrisplyAtOnce(FxRobot robot) throws Exception {
        settled();
        boolean[] seen = new boolean[2];
        long[] shownBefore = new long[1];
        robot.interact(() -> {
            ui.map().camera().panBy(-30, 0);
            canvas().layout();
            seen[0] = canvas().showingMotionImage();
            shownBefore[0] = canvas().framesShown();
            ui.state.select("331181");
            canvas().layout();
            seen[1] = canvas().showingMotionImage();
        });
        assertTrue(seen[0]);
        assertFalse(seen[1], "a new selection is never shown on an old image: the crisp frame is asked for at once");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas().framesShown() > shownBefore[0]);
        boolean[] after = new boolean[1];
        robot.interact(() -> after[0] = canvas().showingCrispFrame());
        assertTrue(after[0], "and shown when it is ready, without the camera settling first");
    }

    @Test
    void aNewMapSizeRepaintsCrisplyWithoutTakingAnImageOfTheOldFrame(FxRobot robot) throws Exception {
        settled();
        long paintsBefore = canvas().paintCount();
        double heightBefore = ui.map().getHeight();
        boolean[] movingImage = new boolean[1];
        robot.interact(() -> {
            // the timeline grows: the map gets shorter and re-fits the province
            ui.window.timeline().setMinHeight(ui.window.timeline().getHeight() + 60);
            ui.window.layout();
            canvas().layout();
            movingImage[0] = canvas().showingMotionImage();
        });
        assertTrue(ui.map().getHeight() < heightBefore - 50, "the map got shorter");
        assertFalse(movingImage[0], "a re-fit is painted at once, not shown as a moved image of the old frame");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> canvas().paintCount() > paintsBefore);
    }
}
