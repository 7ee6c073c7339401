package org.mountainsseas.app;

import javafx.animation.AnimationTimer;
import org.mountainsseas.map.CanvasLayer;
import org.mountainsseas.map.MapPane;

/**
 * Runs an action once the map's first frame with every layer and every county painted has been
 * rendered: on the pulse after the one that found the canvases painted (the canvases may have been
 * painted by the window's first layout, outside a pulse, and it is the pulse that renders them).
 */
final class MapFirstFrame {
    private MapFirstFrame() {
    }

    static void whenDrawn(MapPane map, Runnable action) {
        new AnimationTimer() {
            private boolean seen;

            @Override
            public void handle(long now) {
                if (seen) {
                    stop();
                    action.run();
                } else {
                    seen = drawn(map);
                }
            }
        }.start();
    }

    static boolean drawn(MapPane map) {
        for (CanvasLayer layer : map.layers()) {
            if (layer.paintCount() == 0) {
                return false;
            }
        }
        return map.allCountiesDrawn();
    }
}
