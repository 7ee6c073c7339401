package org.mountainsseas.mode.compare;

import org.mountainsseas.map.MapPane;

/**
 * Keeps two maps of the same size looking at the same place: when either camera moves (a drag, a
 * zoom, a fly-to), the other jumps to the same view. A jump repaints crisply, so the follower
 * never shows a moved copy of an older frame. The follower is at home when the leader is, so a new
 * size (side by side to swipe, a resized window) re-fits both or neither.
 */
final class CameraLink {
    private final MapPane a;
    private final MapPane b;
    private final Runnable onA;
    private final Runnable onB;
    private boolean following;

    CameraLink(MapPane a, MapPane b) {
        this.a = a;
        this.b = b;
        this.onA = () -> follow(a, b);
        this.onB = () -> follow(b, a);
        a.camera().addListener(onA);
        b.camera().addListener(onB);
    }

    /** Puts B where A is looking (after a new layout, when each map has re-fitted itself). */
    void sync() {
        follow(a, b);
    }

    private void follow(MapPane from, MapPane to) {
        if (following || !from.camera().ready() || !to.camera().ready() || from.getWidth() <= 0 || to.getWidth() <= 0) {
            return;
        }
        following = true;
        try {
            to.mirror(from.view(), from.atHome());
        } finally {
            following = false;
        }
    }

    void dispose() {
        a.camera().removeListener(onA);
        b.camera().removeListener(onB);
    }
}
