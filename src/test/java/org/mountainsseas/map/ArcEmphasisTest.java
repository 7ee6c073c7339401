package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Emphasis follows the whole selection: with several counties selected (a multi-row pick in the
 * review table) every selected county's arcs are drawn strong, as the land layer lights every one of
 * those counties, not only the primary county's.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ArcEmphasisTest {
    private static final String CHUNAN = "330127";
    private static final String LONGQUAN = "331181";
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private ArcPainter arcs() {
        return ui.layer(ArcPainter.class);
    }

    /** The map as shown after a change, once its crisp frame is on screen. */
    private Image snapshot(FxRobot robot, Runnable change) throws Exception {
        return CrispFrames.after(robot, ui.map().canvas(), change);
    }

    /** Three points along each of a county's on-map arcs (as the arc layer bends them), by pairing id. */
    private Map<String, List<double[]>> pointsOnArcsOf(String mountain) {
        Map<String, List<double[]>> out = new HashMap<>();
        Map<String, Integer> count = new HashMap<>();
        List<Pairing> onMap = new ArrayList<>();
        var atlas = org.mountainsseas.testing.TestWorld.bundled().atlas();
        for (Pairing p : ui.state.dataset().pairings()) {
            if (p.onMap() && atlas.county(p.mountain()) != null && atlas.county(p.partner()) != null) {
                onMap.add(p);
                count.merge(p.mountain(), 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        MapCamera c = ui.map().camera();
        for (Pairing p : onMap) {
            int i = index.merge(p.mountain(), 1, Integer::sum) - 1;
            if (!p.mountain().equals(mountain)) {
                continue;
            }
            Shape a = atlas.county(p.mountain());
            Shape b = atlas.county(p.partner());
            double x1 = c.screenX(a.labelX()), y1 = c.screenY(a.labelY());
            double x2 = c.screenX(b.labelX()), y2 = c.screenY(b.labelY());
            double[] ctl = ArcGeometry.control(x1, y1, x2, y2, ArcGeometry.fanBend(i, count.get(mountain)));
            List<double[]> pts = new ArrayList<>();
            for (double t : new double[] {0.3, 0.45, 0.6}) {
                pts.add(ArcGeometry.point(x1, y1, ctl[0], ctl[1], x2, y2, t));
            }
            out.put(p.id(), pts);
        }
        return out;
    }

    private static double distance(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen()) + Math.abs(a.getBlue() - b.getBlue());
    }

    @Test
    void everySelectedCountysArcsAreDrawnStrong(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, List<double[]>> longquan = pointsOnArcsOf(LONGQUAN);
        assertFalse(longquan.isEmpty(), "Longquan has arcs on the map");
        Image one = snapshot(robot, () -> ui.state.select(CHUNAN));
        for (String id : longquan.keySet()) {
            assertFalse(arcs().emphasised().containsKey(id), id + " is not emphasised with only Chun'an selected");
        }
        Image both = snapshot(robot, () -> ui.state.selectAll(List.of(CHUNAN, LONGQUAN), CHUNAN));
        assertTrue(arcs().emphasised().containsKey("PR01"), "the primary county's arc is still strong");
        for (var e : longquan.entrySet()) {
            assertTrue(arcs().emphasised().containsKey(e.getKey()), e.getKey() + " is emphasised with Longquan selected too");
            double most = 0;
            for (double[] p : e.getValue()) {
                most = Math.max(most, distance(one.getPixelReader().getColor((int) p[0], (int) p[1]),
                        both.getPixelReader().getColor((int) p[0], (int) p[1])));
            }
            assertTrue(most > 0.3, e.getKey() + ": its arc's pixels barely change (" + most + ") when Longquan joins the selection");
        }
    }
}
