package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A theme change (a lecture's T key, the kiosk's screen size) repaints the map that is on screen in
 * the new style: the same {@link MapCanvas} and painters stay, and the sea and the county fills take
 * the new theme's colours. Building a new map instead once showed an empty one until it had drawn.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MapThemeTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    /** The share of pixels (every third row and column) within 6/255 per channel of {@code colour}. */
    static double share(Image image, Color colour) {
        PixelReader r = image.getPixelReader();
        int want = argb(colour), w = (int) image.getWidth(), h = (int) image.getHeight(), n = 0, hits = 0;
        for (int y = 0; y < h; y += 3) {
            for (int x = 0; x < w; x += 3) {
                int p = r.getArgb(x, y);
                n++;
                if (Math.abs((p >> 16 & 0xff) - (want >> 16 & 0xff)) <= 6 && Math.abs((p >> 8 & 0xff) - (want >> 8 & 0xff)) <= 6
                        && Math.abs((p & 0xff) - (want & 0xff)) <= 6) {
                    hits++;
                }
            }
        }
        return hits / (double) n;
    }

    private static int argb(Color c) {
        return (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }

    @Test
    void aThemeChangeRepaintsTheSameMapInTheNewColours(FxRobot robot) throws Exception {
        MapPane map = ui.map();
        MapCanvas canvas = map.canvas();
        List<MapPainter> painters = map.layers();
        Image before = CrispFrames.now(robot, canvas);
        MapStyle standard = MapStyle.standard(), projector = MapStyle.projector();
        assertTrue(share(before, standard.sea()) > 0.05, "the standard sea shows first: " + share(before, standard.sea()));

        long[] shown = new long[1];
        robot.interact(() -> {
            shown[0] = canvas.framesShown();
            // nothing else asks for a frame: the new style alone must
            map.mapStyleProperty().set(projector);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(() -> canvas.framesShown() > shown[0] && canvas.idle()).get());
        Image[] shot = new Image[1];
        robot.interact(() -> shot[0] = canvas.frameImage());
        Image after = shot[0];
        assertSame(canvas, map.canvas(), "the map on screen is repainted, not replaced");
        assertSame(painters, map.layers(), "and so are its painters");
        double sea = share(after, projector.sea()), mountain = share(after, projector.mountain());
        assertTrue(sea > 0.05, "the projector's dark sea shows: " + sea);
        assertTrue(mountain > 0.02, "and its mountain-county green: " + mountain);
        assertTrue(share(after, standard.sea()) < 0.001, "no standard sea is left: " + share(after, standard.sea()));
    }
}
