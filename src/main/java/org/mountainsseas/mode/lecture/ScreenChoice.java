package org.mountainsseas.mode.lecture;

import java.util.List;

/**
 * Which screen shows the audience's map and which the presenter's notes, from the screens' bounds
 * alone (so it is tested without a display; JavaFX's headless platform has one screen). The
 * presenter keeps the screen the main window is on (the laptop); the audience gets the one asked
 * for, else the largest other screen (a projector or a wall display), the first of equals. With
 * one screen there is no audience screen: the lecture fills it, and a rehearsal puts the lecture
 * and the presenter window side by side ({@link #beside}).
 */
public final class ScreenChoice {
    /** A rectangle in screen coordinates. */
    public record Area(double x, double y, double width, double height) {
        double overlap(Area o) {
            double w = Math.min(x + width, o.x + o.width) - Math.max(x, o.x);
            double h = Math.min(y + height, o.y + o.height) - Math.max(y, o.y);
            return w <= 0 || h <= 0 ? 0 : w * h;
        }

        double size() {
            return width * height;
        }
    }

    /**
     * The chosen screens, as indexes into the list given.
     *
     * @param presenter the screen for the presenter window (the one the main window is on)
     * @param audience  the screen for the full-screen map, or -1 when there is only one screen
     */
    public record Choice(int presenter, int audience) {
        /** Whether there is a second screen for the audience. */
        public boolean twoScreens() {
            return audience >= 0;
        }
    }

    private ScreenChoice() {
    }

    /**
     * Chooses the screens.
     *
     * @param screens   every screen's bounds, in the platform's order (not empty)
     * @param window    the main window's bounds now
     * @param preferred the audience screen asked for (0-based), or -1 for the automatic choice; ignored
     *                  when it is not a screen or is the presenter's own
     */
    public static Choice choose(List<Area> screens, Area window, int preferred) {
        if (screens.isEmpty()) {
            throw new IllegalArgumentException("no screens");
        }
        int presenter = 0;
        double best = -1;
        for (int i = 0; i < screens.size(); i++) {
            double o = screens.get(i).overlap(window);
            if (o > best) {
                best = o;
                presenter = i;
            }
        }
        if (screens.size() == 1) {
            return new Choice(presenter, -1);
        }
        if (preferred >= 0 && preferred < screens.size() && preferred != presenter) {
            return new Choice(presenter, preferred);
        }
        int audience = -1;
        for (int i = 0; i < screens.size(); i++) {
            if (i != presenter && (audience < 0 || screens.get(i).size() > screens.get(audience).size())) {
                audience = i;
            }
        }
        return new Choice(presenter, audience);
    }

    /**
     * A rehearsal on one screen: the lecture in a 16:9 window at the top left (it looks as the
     * projector will, only smaller), three fifths of the screen's usable width, or half on a screen
     * under 1600 wide so the notes keep room; the presenter window over the rest of the width and
     * the full height (returned in that order).
     */
    public static List<Area> beside(Area screen) {
        double lecture = Math.round(screen.width() * (screen.width() >= 1600 ? 0.6 : 0.5));
        double height = Math.min(screen.height(), Math.round(lecture * 9 / 16));
        return List.of(new Area(screen.x(), screen.y(), lecture, height),
                new Area(screen.x() + lecture, screen.y(), screen.width() - lecture, screen.height()));
    }
}
