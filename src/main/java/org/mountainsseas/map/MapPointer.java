package org.mountainsseas.map;

import com.gluonhq.maps.MapView;
import java.util.function.BiFunction;
import java.util.function.DoubleSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.mountainsseas.state.AppState;

/**
 * The map's pointer input, in place of Gluon's own handlers: a drag pans (and glides on if
 * released while moving), the wheel and a pinch zoom, a double-click zooms in, a click or tap does
 * the map's {@link MapPane.TapAction}, and a mouse over a county shows its name.
 */
final class MapPointer {
    private final MapView mapView;
    private final MapCamera camera;
    private final CameraMotion motion;
    private final AppState state;
    private final Label hoverTip;
    private final DoubleSupplier width;
    private final BiFunction<Double, Double, String> pick;
    private final Runnable leftHome;
    private final Runnable focus;
    private MapPane.TapAction tapAction = (x, y) -> { };
    private double pressX;
    private double pressY;
    /** Whether the last click that reached the map could be the first of a double-click. */
    private boolean firstClickSeen;
    // drag velocity in px/s, smoothed, for the fling on release
    private double dragVx;
    private double dragVy;
    private long lastDragNanos;

    /**
     * @param width    the map's width, to keep the name tip inside it
     * @param pick     the county under a point of the map, or null
     * @param leftHome told when the user moves the view away from the home view
     * @param focus    gives the map the keyboard on a press
     */
    MapPointer(MapView mapView, MapCamera camera, CameraMotion motion, AppState state, Label hoverTip,
               DoubleSupplier width, BiFunction<Double, Double, String> pick, Runnable leftHome, Runnable focus) {
        this.mapView = mapView;
        this.camera = camera;
        this.motion = motion;
        this.state = state;
        this.hoverTip = hoverTip;
        this.width = width;
        this.pick = pick;
        this.leftHome = leftHome;
        this.focus = focus;
        install();
    }

    void setTapAction(MapPane.TapAction action) {
        tapAction = action;
    }

    private void install() {
        // replace Gluon's own handlers: we clamp zoom, animate it, and keep the press for click detection
        mapView.setOnMousePressed(e -> {
            motion.stop();
            pressX = e.getX();
            pressY = e.getY();
            dragVx = 0;
            dragVy = 0;
            lastDragNanos = System.nanoTime();
            focus.run();
        });
        mapView.setOnMouseDragged(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            leftHome.run();
            double dx = e.getX() - pressX, dy = e.getY() - pressY;
            long now = System.nanoTime();
            double dt = Math.max(1e-3, (now - lastDragNanos) / 1e9);
            dragVx = 0.6 * dragVx + 0.4 * dx / dt;
            dragVy = 0.6 * dragVy + 0.4 * dy / dt;
            lastDragNanos = now;
            camera.panBy(dx, dy);
            pressX = e.getX();
            pressY = e.getY();
            hoverTip.setVisible(false);
        });
        mapView.setOnMouseReleased(e -> {
            // a drag released while still moving glides on; one that paused first stays put
            boolean recent = System.nanoTime() - lastDragNanos < 80_000_000L;
            if (!e.isStillSincePress() && recent && Math.hypot(dragVx, dragVy) > 120) {
                motion.fling(Math.max(-4000, Math.min(4000, dragVx)), Math.max(-4000, Math.min(4000, dragVy)));
            }
        });
        mapView.setOnScroll(this::onScroll);
        mapView.setOnZoomStarted(e -> motion.stop());
        mapView.setOnZoom(e -> {
            leftHome.run();
            camera.zoomBy(Math.log(e.getZoomFactor()) / Math.log(2), e.getX(), e.getY());
        });
        mapView.setOnZoomFinished(e -> { });
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, this::onClick);
        mapView.addEventHandler(MouseEvent.MOUSE_MOVED, this::onMove);
        mapView.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            state.hover(null);
            hoverTip.setVisible(false);
        });
    }

    private void onScroll(ScrollEvent e) {
        if (e.getDeltaY() == 0 || e.isInertia() && Math.abs(e.getDeltaY()) < 1) {
            return;
        }
        leftHome.run();
        // one wheel notch (40 px) is a third of a zoom level; trackpads send smaller deltas
        motion.zoomBy(e.getDeltaY() / 120, e.getX(), e.getY());
        e.consume();
    }

    private void onClick(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        if (e.getClickCount() == 2 && firstClickSeen) {
            firstClickSeen = false;
            leftHome.run();
            motion.zoomBy(1, e.getX(), e.getY());
            return;
        }
        // a second click whose first never reached the map (e.g. the touch that stopped the kiosk's
        // attract loop) is a tap of its own, not a double-tap
        firstClickSeen = e.getClickCount() <= 2;
        tapAction.tap(e.getX(), e.getY());
    }

    private void onMove(MouseEvent e) {
        if (e.isSynthesized()) {
            // made from a touch: a finger has no hover, and no exit event would take the tip away
            state.hover(null);
            hoverTip.setVisible(false);
            return;
        }
        String hit = pick.apply(e.getX(), e.getY());
        state.hover(hit);
        if (hit == null) {
            hoverTip.setVisible(false);
            return;
        }
        var county = state.dataset().county(hit);
        hoverTip.setText(county == null ? hit : county.name().get(state.language()));
        hoverTip.autosize();
        double x = Math.min(e.getX() + 14, width.getAsDouble() - hoverTip.getWidth() - 4);
        double y = Math.max(4, e.getY() - hoverTip.getHeight() - 8);
        hoverTip.relocate(x, y);
        hoverTip.setVisible(true);
    }
}
