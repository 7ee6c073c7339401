package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.fonts.Fonts;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Text copied from stamps lands where the canvas's own text would, for every alignment and baseline. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TextStampsTest {
    private static final String TEXT = "Qingda Line 清大线";

    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    @Test
    void stampsLandWhereCanvasTextWould(FxRobot robot) {
        for (TextAlignment align : new TextAlignment[] {TextAlignment.LEFT, TextAlignment.CENTER, TextAlignment.RIGHT}) {
            for (VPos baseline : new VPos[] {VPos.TOP, VPos.CENTER, VPos.BASELINE, VPos.BOTTOM}) {
                int[][] boxes = new int[2][];
                robot.interact(() -> {
                    boxes[0] = inkBox(draw(align, baseline, false));
                    boxes[1] = inkBox(draw(align, baseline, true));
                });
                for (int i = 0; i < 4; i++) {
                    assertEquals(boxes[0][i], boxes[1][i], 1, align + " " + baseline + ": ink box " + java.util.Arrays.toString(boxes[0])
                            + " drawn as text, " + java.util.Arrays.toString(boxes[1]) + " from a stamp");
                }
            }
        }
    }

    @Test
    void aStampIsMadeOncePerTextFontAndPaint(FxRobot robot) {
        int[] sizes = new int[2];
        robot.interact(() -> {
            draw(TextAlignment.LEFT, VPos.BASELINE, true);
            sizes[0] = TextStamps.size();
            draw(TextAlignment.CENTER, VPos.TOP, true);
            sizes[1] = TextStamps.size();
        });
        assertArrayEquals(new int[] {sizes[0], sizes[0]}, sizes, "the same text, font and paint reuse their stamp");
    }

    /** The text (halo, then fill) at (200, 60) on a 400×120 canvas, as canvas text or from stamps. */
    private static WritableImage draw(TextAlignment align, VPos baseline, boolean stamped) {
        Canvas c = new Canvas(400, 120);
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFont(javafx.scene.text.Font.font(Fonts.SANS, 20));
        g.setTextAlign(align);
        g.setTextBaseline(baseline);
        g.setStroke(Color.web("#808080"));
        g.setLineWidth(4);
        g.setFill(Color.BLACK);
        if (stamped) {
            TextStamps.draw(g, TEXT, 200, 60, true);
            TextStamps.draw(g, TEXT, 200, 60, false);
        } else {
            g.strokeText(TEXT, 200, 60);
            g.fillText(TEXT, 200, 60);
        }
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.TRANSPARENT);
        return c.snapshot(p, null);
    }

    /** The bounds {minX, minY, maxX, maxY} of pixels more than half opaque. */
    private static int[] inkBox(WritableImage image) {
        PixelReader r = image.getPixelReader();
        int minX = Integer.MAX_VALUE, minY = Integer.MAX_VALUE, maxX = -1, maxY = -1;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (r.getColor(x, y).getOpacity() > 0.5) {
                    minX = Math.min(minX, x);
                    minY = Math.min(minY, y);
                    maxX = Math.max(maxX, x);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return new int[] {minX, minY, maxX, maxY};
    }
}
