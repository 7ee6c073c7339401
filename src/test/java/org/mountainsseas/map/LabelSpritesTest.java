package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LabelSpritesTest {
    private static double width(String s, Font f) {
        Text t = new Text(s);
        t.setFont(f);
        return t.getLayoutBounds().getWidth();
    }

    @Test
    void aPreparedLabelIsCopiedCentredOnItsPointWithItsHalo(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> {
            LabelSprites sprites = new LabelSprites();
            Font normal = Font.font(13);
            sprites.prepare(List.of("龙泉", "Longquan"), normal, Font.font(null, javafx.scene.text.FontWeight.BOLD, 14),
                    Color.BLACK, Color.WHITE, 3, LabelSpritesTest::width);
            Canvas canvas = new Canvas(200, 60);
            canvas.getGraphicsContext2D().setFill(Color.rgb(0, 0, 255));
            canvas.getGraphicsContext2D().fillRect(0, 0, 200, 60);
            sprites.draw(new FxSurface(canvas.getGraphicsContext2D()), "Longquan", false, 100, 30);
            SnapshotParameters p = new SnapshotParameters();
            shot[0] = canvas.snapshot(p, null);
        });
        var px = shot[0].getPixelReader();
        int dark = 0, white = 0;
        for (int x = 60; x < 140; x++) {
            for (int y = 20; y < 40; y++) {
                Color c = px.getColor(x, y);
                if (c.getBrightness() < 0.3 && c.getBlue() < 0.3) {
                    dark++;
                } else if (c.getRed() > 0.9 && c.getGreen() > 0.9 && c.getBlue() > 0.9) {
                    white++;
                }
            }
        }
        assertTrue(dark > 20, "black text near the point: " + dark);
        assertTrue(white > 20, "and its white halo: " + white);
        assertEquals(Color.rgb(0, 0, 255), px.getColor(5, 5), "nothing drawn away from the label");
        assertEquals(Color.rgb(0, 0, 255), px.getColor(195, 55));
    }

    @Test
    void aLabelNotPreparedIsRefusedByName(FxRobot robot) {
        robot.interact(() -> {
            LabelSprites sprites = new LabelSprites();
            sprites.prepare(List.of("A"), Font.font(12), Font.font(13), Color.BLACK, Color.WHITE, 3, LabelSpritesTest::width);
            var e = assertThrows(NullPointerException.class,
                    () -> sprites.draw(new FxSurface(new Canvas(10, 10).getGraphicsContext2D()), "B", false, 5, 5));
            assertEquals("B", e.getMessage());
        });
    }
}
