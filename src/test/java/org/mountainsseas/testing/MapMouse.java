package org.mountainsseas.testing;

import javafx.event.Event;
import javafx.event.EventType;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.mountainsseas.map.MapPane;

/** Mouse events fired straight at a county's label point on the map, for what the robot cannot send (click counts, touch-made moves). */
public final class MapMouse {
    private MapMouse() {
    }

    /** Fires the event (call on the FX thread); {@code synthesized} marks it as made from a touch. */
    public static void fire(MapPane map, String adcode, EventType<MouseEvent> type, MouseButton button, int clickCount,
                            boolean synthesized) {
        Node target = map.lookup(".map-view");
        Point2D local = target.sceneToLocal(map.localToScene(map.screenPointOf(adcode)));
        Point2D scene = target.localToScene(local), screen = target.localToScreen(local);
        Event.fireEvent(target, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(), button, clickCount,
                false, false, false, false, false, false, false, synthesized, false, true, null));
    }
}
