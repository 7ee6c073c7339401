package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every frame drawn off the FX thread, by Java2D or by Skia, is shown in one image on screen, which
 * then holds that frame's pixels (JavaFX keeps one texture for it and updates it; Skia's pixels are
 * copied into it in place, each frame's before the next is drawn), and a drawn frame lets go of its
 * recording.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapRasterTest {
    private static final int W = 40;
    private static final int H = 30;

    @Start
    void start(Stage stage) {
        stage.show();
    }

    private static DisplayList filled(Color c) {
        DisplayList list = new DisplayList();
        list.setFill(c);
        list.fillRect(0, 0, W, H);
        return list;
    }

    @ParameterizedTest
    @ValueSource(strings = {"java2d", "skia"})
    void eachFrameIsShownInTheSameImageWithItsOwnPixels(String rasteriser, FxRobot robot) throws Exception {
        List<MapRaster.Buffer> shown = new ArrayList<>();
        MapRaster raster = new MapRaster(new MapRaster.Done() {
            @Override
            public void show(MapRaster.Buffer buffer) {
                shown.add(buffer);
            }

            @Override
            public void failed(String reason) {
                throw new AssertionError(reason);
            }
        }, rasteriser.equals("skia") ? new SkiaRasteriser() : MapRaster.java2d());
        Color[] colours = {Color.RED, Color.LIME, Color.BLUE};
        for (int i = 0; i < colours.length; i++) {
            DisplayList list = filled(colours[i]);
            long generation = i;
            robot.interact(() -> raster.request(new MapRaster.Job(list, W, H, 1, 0, 0, 1, generation), false));
            int expected = i + 1;
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown.size() == expected);
            MapRaster.Buffer b = shown.get(i);
            int argb = b.fx.getPixelReader().getArgb(W / 2, H / 2);
            assertEquals(0xff000000 | (int) Math.round(colours[i].getRed() * 255) << 16 | (int) Math.round(colours[i].getGreen() * 255) << 8
                    | (int) Math.round(colours[i].getBlue() * 255), argb, "frame " + i + " is on screen");
            assertNotNull(b.job);
            assertEquals(null, b.job.list(), "the shown frame keeps no recording");
            assertSame(shown.get(0).fx, b.fx, "one image on screen for every frame");
        }
        robot.interact(raster::dispose);
    }
}
