package org.mountainsseas.mode.lecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.mode.lecture.ScreenChoice.Area;
import org.mountainsseas.mode.lecture.ScreenChoice.Choice;

class ScreenChoiceTest {
    private static final Area LAPTOP = new Area(0, 0, 1920, 1080);
    private static final Area PROJECTOR = new Area(1920, 0, 1280, 720);
    private static final Area WALL = new Area(-3840, 0, 3840, 2160);

    @Test
    void oneScreenHasNoAudienceScreen() {
        Choice c = ScreenChoice.choose(List.of(LAPTOP), new Area(100, 100, 800, 600), -1);
        assertFalse(c.twoScreens());
        assertEquals(0, c.presenter());
    }

    @Test
    void withTwoScreensTheAudienceGetsTheOneTheWindowIsNotOn() {
        assertEquals(new Choice(0, 1), ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), new Area(100, 100, 800, 600), -1));
        // the window moved to the projector before presenting: the presenter keeps that screen
        assertEquals(new Choice(1, 0), ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), new Area(2000, 50, 800, 600), -1));
        // a window across both belongs to the screen that holds most of it
        assertEquals(new Choice(1, 0), ScreenChoice.choose(List.of(LAPTOP, PROJECTOR), new Area(1800, 0, 1000, 600), -1));
    }

    @Test
    void withThreeScreensTheLargestOtherIsTheAudiencesUnlessOneIsAskedFor() {
        List<Area> three = List.of(LAPTOP, PROJECTOR, WALL);
        Choice auto = ScreenChoice.choose(three, new Area(10, 10, 500, 500), -1);
        assertEquals(new Choice(0, 2), auto);
        assertTrue(auto.twoScreens());
        assertEquals(new Choice(0, 1), ScreenChoice.choose(three, new Area(10, 10, 500, 500), 1));
        assertEquals(new Choice(0, 2), ScreenChoice.choose(three, new Area(10, 10, 500, 500), 0), "not the presenter's own");
        assertEquals(new Choice(0, 2), ScreenChoice.choose(three, new Area(10, 10, 500, 500), 7), "not a screen");
    }

    @Test
    void aRehearsalSplitsOneScreenSideBySide() {
        List<Area> parts = ScreenChoice.beside(new Area(0, 30, 1920, 1050));
        assertEquals(new Area(0, 30, 1152, 648), parts.get(0), "the lecture is 16:9, like the projector");
        assertEquals(new Area(1152, 30, 768, 1050), parts.get(1));
        assertEquals(new Area(0, 0, 1536, 600), ScreenChoice.beside(new Area(0, 0, 2560, 600)).get(0), "never taller than the screen");
        List<Area> small = ScreenChoice.beside(new Area(0, 0, 1280, 690));
        assertEquals(new Area(0, 0, 640, 360), small.get(0), "a small screen gives the notes half");
        assertEquals(new Area(640, 0, 640, 690), small.get(1));
    }
}
