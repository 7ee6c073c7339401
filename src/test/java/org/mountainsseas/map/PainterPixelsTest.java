package org.mountainsseas.map;

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
import org.mountainsseas.geo.Shape;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.testing.MapHarness;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each painter's marks are on the finished frame, by pixels: the selection's outline (borders),
 * every enclave's marker not under a name or the line, the Qingda Line and the county names. Land, arcs and corridors have their
 * own tests ({@link CountyFillTest}, {@link ArcEmphasisTest}, {@link CorridorPainterTest}).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PainterPixelsTest {
    private static final String LONGQUAN = "331181";
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && !ui.map().moving());
    }

    /** Whether a pixel within {@code r} of (x, y) is within {@code tolerance} of the colour on every channel. */
    private static boolean near(PixelReader px, Image img, double x, double y, int r, Color c, double tolerance) {
        for (int dx = -r; dx <= r; dx++) {
            for (int dy = -r; dy <= r; dy++) {
                int ix = (int) Math.round(x) + dx, iy = (int) Math.round(y) + dy;
                if (ix < 0 || iy < 0 || ix >= img.getWidth() || iy >= img.getHeight()) {
                    continue;
                }
                Color p = px.getColor(ix, iy);
                if (Math.abs(p.getRed() - c.getRed()) < tolerance && Math.abs(p.getGreen() - c.getGreen()) < tolerance
                        && Math.abs(p.getBlue() - c.getBlue()) < tolerance) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void aSelectedCountyIsOutlinedAllRound(FxRobot robot) throws Exception {
        settle();
        Image frame = CrispFrames.after(robot, ui.map().canvas(), () -> ui.state.select(LONGQUAN));
        Shape longquan = TestWorld.bundled().atlas().county(LONGQUAN);
        MapCamera c = ui.map().camera();
        double[] ring = longquan.rings().get(0);
        int step = Math.max(2, ring.length / 40 / 2 * 2);
        int on = 0, all = 0;
        Color outline = MapStyle.standard().selection();
        for (int i = 0; i < ring.length; i += step) {
            all++;
            if (near(frame.getPixelReader(), frame, c.screenX(ring[i]), c.screenY(ring[i + 1]), 1, outline, 0.08)) {
                on++;
            }
        }
        assertTrue(on > all * 0.8, "the selection colour on " + on + " of " + all + " points of Longquan's border");
    }

    @Test
    void everyEnclaveHasItsMarkerBelowItsHostsName(FxRobot robot) throws Exception {
        settle();
        Image frame = CrispFrames.now(robot, ui.map().canvas());
        EnclavePainter painter = ui.layer(EnclavePainter.class);
        Color ink = MapStyle.standard().enclave();
        java.util.Map<String, Integer> slot = new java.util.HashMap<>();
        List<String> missing = new java.util.ArrayList<>();
        int drawn = 0;
        for (Enclave e : ui.state.dataset().enclaves()) {
            Shape host = TestWorld.bundled().atlas().county(e.host());
            if (host == null) {
                continue;
            }
            int n = slot.merge(e.host(), 1, Integer::sum) - 1;
            double[] at = painter.markerPosition(host, n);
            // a county's name is written over the markers; a marker under one may not show
            boolean underName = ui.map().labels().placed().stream().anyMatch(l -> Math.abs(l.x() - at[0]) < l.width() / 2 + 2
                    && Math.abs(l.y() - at[1]) < l.height() / 2 + 2);
            // and the Qingda Line over them (Rui'an's is on it)
            double[] ends = QingdaLinePainter.ends(ui.state.dataset().qingdaLine(), ui.map().camera());
            if (underName || CorridorPainter.distance(ends, at[0], at[1]) < 8) {
                continue;
            }
            drawn++;
            if (!near(frame.getPixelReader(), frame, at[0], at[1], 1, ink, 0.06)) {
                missing.add(e.id());
            }
        }
        assertTrue(drawn > 10, "the bundled data has enclaves in Zhejiang");
        assertTrue(missing.isEmpty(), "no marker at " + missing);
    }

    @Test
    void theQingdaLineIsDrawnBetweenItsEnds(FxRobot robot) throws Exception {
        settle();
        Image frame = CrispFrames.now(robot, ui.map().canvas());
        QingdaLine line = ui.state.dataset().qingdaLine();
        MapCamera c = ui.map().camera();
        double x1 = c.screenX(WebMercator.x(line.start().lon())), y1 = c.screenY(WebMercator.y(line.start().lat()));
        double x2 = c.screenX(WebMercator.x(line.end().lon())), y2 = c.screenY(WebMercator.y(line.end().lat()));
        int red = 0, all = 0;
        for (double t = 0.1; t < 0.9; t += 0.01) {
            all++;
            if (near(frame.getPixelReader(), frame, x1 + t * (x2 - x1), y1 + t * (y2 - y1), 1, MapStyle.standard().qingdaLine(), 0.08)) {
                red++;
            }
        }
        // dashed 14 on, 7 off, and crossed by labels here and there
        assertTrue(red > all / 3, "the line's red at " + red + " of " + all + " points along it");
    }

    @Test
    void countyNamesAreWrittenAtTheirPlaces(FxRobot robot) throws Exception {
        settle();
        Image frame = CrispFrames.now(robot, ui.map().canvas());
        LabelPainter labels = ui.map().labels();
        Color ink = MapStyle.standard().label();
        int written = 0;
        for (var placed : labels.placed()) {
            int dark = 0;
            for (double x = placed.x() - placed.width() / 2; x < placed.x() + placed.width() / 2; x += 1) {
                if (near(frame.getPixelReader(), frame, x, placed.y(), 0, ink, 0.25)) {
                    dark++;
                }
            }
            if (dark >= 2) {
                written++;
            }
        }
        assertTrue(labels.placed().size() > 40, "most counties are named at the home view");
        assertTrue(written > labels.placed().size() * 0.9, written + " of " + labels.placed().size() + " names show ink");
    }
}
