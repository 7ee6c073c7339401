package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.CheckBox;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.testing.MapHarness;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The corridors (bridges, port link, railway) are drawn where their paths are, the legend's check
 * box hides them, and a tap on one selects it and shows its card with its sources in the side panel.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CorridorPainterTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && !ui.map().moving());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Points along a corridor's path on screen (a third, a half and two thirds of each segment). */
    private List<Point2D> along(Corridor c) {
        double[] xy = CorridorPainter.screenPath(c, ui.map().camera());
        List<Point2D> out = new ArrayList<>();
        for (int i = 2; i < xy.length; i += 2) {
            for (double t : new double[] {1 / 3.0, 0.5, 2 / 3.0}) {
                out.add(new Point2D(xy[i - 2] + t * (xy[i] - xy[i - 2]), xy[i - 1] + t * (xy[i + 1] - xy[i - 1])));
            }
        }
        return out;
    }

    /** The corridors none of whose sample points shows the corridor colour within a pixel (labels may cover a few). */
    private List<String> notDrawn(FxRobot robot) throws Exception {
        List<String> out = new ArrayList<>();
        javafx.scene.image.Image frame = CrispFrames.now(robot, ui.map().canvas());
        robot.interact(() -> {
            PixelReader pixels = frame.getPixelReader();
            Color ink = CorridorPainter.colour(MapStyle.standard());
            for (Corridor c : ui.state.dataset().corridors()) {
                boolean seen = false;
                for (Point2D p : along(c)) {
                    for (int dx = -1; dx <= 1; dx++) {
                        for (int dy = -1; dy <= 1; dy++) {
                            Color at = pixels.getColor((int) Math.round(p.getX()) + dx, (int) Math.round(p.getY()) + dy);
                            seen |= Math.abs(at.getRed() - ink.getRed()) < 0.06 && Math.abs(at.getGreen() - ink.getGreen()) < 0.06
                                    && Math.abs(at.getBlue() - ink.getBlue()) < 0.06;
                        }
                    }
                }
                if (!seen) {
                    out.add(c.id());
                }
            }
        });
        return out;
    }

    @Test
    void everyCorridorIsDrawnAlongItsPathUntilTheLegendHidesIt(FxRobot robot) throws Exception {
        settle();
        assertEquals(3, ui.state.dataset().corridors().size(), "the bundled data has three corridors");
        List<String> missing = notDrawn(robot);
        assertTrue(missing.isEmpty(), () -> "not drawn where their paths are: " + missing);

        robot.interact(() -> ui.map().legend().setCollapsed(false));
        robot.clickOn("#legend-corridors");
        assertFalse(ui.state.corridors().shown());
        settle();
        assertEquals(List.of("L01", "L02", "L03"), notDrawn(robot), "a hidden layer draws nothing");
        robot.clickOn("#legend-corridors");
        assertTrue(ui.state.corridors().shown());
        assertTrue(((CheckBox) robot.lookup("#legend-corridors").query()).isSelected());
    }

    @Test
    void aTapOnACorridorShowsItsCardAndSourcesAndATapOnACountyReplacesIt(FxRobot robot) throws Exception {
        settle();
        Corridor railway = ui.state.dataset().corridors().stream().filter(c -> c.id().equals("L03")).findFirst().orElseThrow();
        // between Jinhua and Xianju, away from the labels
        Point2D on = along(railway).get(1);
        robot.clickOn(ui.map().localToScreen(on));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("L03", ui.state.corridors().selected());
        assertNull(ui.state.selected(), "the tap means the line, not the county under it");
        assertNotNull(robot.lookup("#card-L03").query(), "the side panel shows the corridor's card");
        assertTrue(robot.lookup("#card-L03 .source-title").tryQuery().isPresent(), "with its sources");
        // a picture to look at (target/looks), as the other panel tests leave
        java.nio.file.Path dir = java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "looks"));
        var image = WaitForAsyncUtils.asyncFx(() -> ui.window.getScene().snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve("corridor-selected.png").toFile());

        robot.interact(() -> ui.state.select("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(ui.state.corridors().selected(), "selecting a county clears the corridor");
        assertTrue(robot.lookup("#card-L03").tryQuery().isEmpty());
    }

    @Test
    void distanceToAPolylineIsToItsNearestSegment() {
        double[] xy = {0, 0, 10, 0, 10, 10};
        assertEquals(0, CorridorPainter.distance(xy, 5, 0), 1e-9);
        assertEquals(3, CorridorPainter.distance(xy, 5, 3), 1e-9);
        assertEquals(2, CorridorPainter.distance(xy, 12, 5), 1e-9);
        assertEquals(5, CorridorPainter.distance(xy, -3, 4), 1e-9);
    }
}
