package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Skia's library draws its warm-up frame as it loads, before the load is done, and the frame is a real drawing. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SkiaWarmUpTest {
    @Start
    void start(Stage stage) {
        // the warm-up frame copies in a JavaFX image: the toolkit, not a window
    }

    @Test
    void theLibraryIsWarmWhenItsLoadIsDone() {
        assertNull(SkiaLibrary.load().join(), "Skia loads here");
        assertTrue(SkiaLibrary.warmUpMillis() > 0, "the warm-up frame was drawn before the load was said to be done");
    }

    @Test
    void theWarmUpFrameDrawsItsShapes() {
        assertNull(SkiaLibrary.load().join());
        int[] px = SkiaWarmUp.draw();
        int n = SkiaWarmUp.SIZE;
        assertEquals(0xffdce9f2, px[(n - 2) * n + 1], "the background fill, bottom left");
        assertEquals(0xff8fc38b, px[30 * n + 40], "inside the filled figure");
        int dark = px[10 * n + 70] >> 16 & 0xff;
        assertTrue(dark < 0x60, "the image's dark corner pixel is copied in (at 80 % alpha): red " + dark);
    }
}
