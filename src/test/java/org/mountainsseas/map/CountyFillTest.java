package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
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
import org.mountainsseas.testing.MapHarness;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The land layer fills all counties of one colour as one path: every county still shows its own
 * class colour, and a selection still dims exactly the counties outside it.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CountyFillTest {
    private static final String LONGQUAN = "331181";
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private LandPainter land() {
        return ui.layer(LandPainter.class);
    }

    /**
     * Counties whose drawn colour is wrong, as "adcode: fill": with {@code expectFill}, those of
     * the counties to check where no point of a 7 × 7 grid inside the county shows its fill (labels,
     * arcs and markers share the canvas, so some points are covered); without, those where one does.
     * Before a selection every county is checked; after it, the highlighted ones with
     * {@code expectFill} and the others without.
     */
    private List<String> mismatches(FxRobot robot, boolean expectFill) throws Exception {
        List<String> out = new ArrayList<>();
        Image frame = CrispFrames.now(robot, ui.map().canvas());
        robot.interact(() -> {
            PixelReader pixels = frame.getPixelReader();
            MapCamera c = ui.map().camera();
            boolean selecting = !ui.state.highlighted().isEmpty();
            for (Shape s : TestWorld.bundled().atlas().counties()) {
                if (selecting && ui.state.highlighted().contains(s.id()) != expectFill) {
                    continue;
                }
                Color fill = land().fillOf(s.id());
                boolean shown = false;
                int inside = 0;
                for (int i = 1; i < 8; i++) {
                    for (int j = 1; j < 8; j++) {
                        double wx = s.bounds().minX() + (s.bounds().maxX() - s.bounds().minX()) * i / 8;
                        double wy = s.bounds().minY() + (s.bounds().maxY() - s.bounds().minY()) * j / 8;
                        int x = (int) Math.round(c.tx() + wx * c.scale()), y = (int) Math.round(c.ty() + wy * c.scale());
                        if (s.contains(wx, wy) && x >= 0 && y >= 0 && x < frame.getWidth() && y < frame.getHeight()) {
                            inside++;
                            shown |= same(pixels.getColor(x, y), fill, expectFill ? 0.02 : 0.008);
                        }
                    }
                }
                if (inside > 0 && shown != expectFill) {
                    out.add(s.id() + ": " + fill);
                }
            }
        });
        return out;
    }

    /**
     * Whether two colours agree within {@code tolerance} per channel. A point that shows a fill shows
     * it exactly; the looser tolerance of the first check allows for the pipeline's rounding, but a
     * point said to show an undimmed fill must match it closely: the anti-aliased edge of a label's
     * glyph next to a dimmed county can come within 2 % of the plain fill by chance.
     */
    private static boolean same(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) < tolerance && Math.abs(a.getGreen() - b.getGreen()) < tolerance
                && Math.abs(a.getBlue() - b.getBlue()) < tolerance;
    }

    @Test
    void everyCountyShowsItsOwnFillAndASelectionDimsTheRest(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && land().faded());
        WaitForAsyncUtils.waitForFxEvents();
        List<String> wrong = mismatches(robot, true);
        assertTrue(wrong.isEmpty(), () -> "drawn in another colour: " + wrong);

        robot.interact(() -> ui.state.select(LONGQUAN));
        assertFalse(ui.state.highlighted().isEmpty());
        List<String> lit = mismatches(robot, true);
        assertTrue(lit.isEmpty(), () -> "highlighted but not in its fill: " + lit);
        List<String> dim = mismatches(robot, false);
        assertTrue(dim.isEmpty(), () -> "outside the selection but not dimmed: " + dim);
    }
}
