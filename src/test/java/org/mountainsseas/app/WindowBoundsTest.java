package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.mountainsseas.io.Settings;

/** {@link WindowMemory#clamp}: a remembered window always opens on a connected screen at a sensible size. */
class WindowBoundsTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1920, 1040);
    private static final Rectangle2D RIGHT = new Rectangle2D(1920, 0, 2560, 1400);

    private static Rectangle2D clamp(double x, double y, double w, double h, Rectangle2D... screens) {
        return WindowMemory.clamp(new Settings.Window(x, y, w, h, false), List.of(screens), screens[0]);
    }

    private static void onScreen(Rectangle2D r, Rectangle2D screen) {
        assertTrue(r.getMinX() >= screen.getMinX() && r.getMaxX() <= screen.getMaxX()
                && r.getMinY() >= screen.getMinY() && r.getMaxY() <= screen.getMaxY(), r + " on " + screen);
    }

    @Test
    void aWindowOnAScreenThatIsGoneComesBackToOneThatIsThere() {
        Rectangle2D r = clamp(2500, 300, 1200, 800, LAPTOP);
        onScreen(r, LAPTOP);
        assertEquals(1200, r.getWidth());
        assertEquals(800, r.getHeight());
    }

    @Test
    void aWindowOnTheSecondScreenStaysThere() {
        assertEquals(new Rectangle2D(2500, 300, 1200, 800), clamp(2500, 300, 1200, 800, LAPTOP, RIGHT));
    }

    @Test
    void enormousAndNegativeSizesBecomeSensible() {
        Rectangle2D huge = clamp(0, 0, 100000, 100000, LAPTOP);
        assertEquals(LAPTOP, huge, "no larger than the screen");
        Rectangle2D negative = clamp(-5000, -5000, -300, -1, LAPTOP);
        onScreen(negative, LAPTOP);
        assertEquals(WindowMemory.MIN_WIDTH, negative.getWidth());
        assertEquals(WindowMemory.MIN_HEIGHT, negative.getHeight());
        onScreen(clamp(1e308, -1e308, 1e308, 1e308, LAPTOP), LAPTOP);
    }

    @Test
    void numbersThatAreNotNumbersAreNotUsed() {
        assertNull(WindowMemory.clamp(new Settings.Window(0, 0, Double.NaN, 600, false), List.of(LAPTOP), LAPTOP), "no size: the default");
        assertNull(WindowMemory.clamp(new Settings.Window(0, 0, 800, Double.POSITIVE_INFINITY, false), List.of(LAPTOP), LAPTOP));
        Rectangle2D centred = clamp(Double.NaN, Double.NaN, 800, 600, LAPTOP);
        assertEquals(new Rectangle2D(560, 220, 800, 600), centred, "no place: centred");
        assertNull(WindowMemory.clamp(null, List.of(LAPTOP), LAPTOP));
    }

    @Test
    void aScreenSmallerThanTheMinimumGetsTheWholeScreen() {
        Rectangle2D tiny = new Rectangle2D(0, 0, 480, 320);
        assertEquals(tiny, clamp(10, 10, 100, 100, tiny));
    }
}
