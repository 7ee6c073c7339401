package org.mountainsseas.map;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Zoom and pan for the China view, as on the Zhejiang map: the wheel and a pinch zoom about the
 * pointer, a drag pans, and when the view has focus + and − zoom about its centre, the arrows pan
 * and Home or 0 fits China again.
 */
final class ChinaRoam {
    /** What the gestures move. */
    interface Target {
        void zoomBy(double factor, double x, double y);

        void panBy(double dx, double dy);

        void reset();
    }

    /** One wheel notch (40 px) zooms by 2^(1/3), as on the Zhejiang map. */
    static double wheelFactor(double deltaY) {
        return Math.pow(2, deltaY / 120);
    }

    private double lastX;
    private double lastY;

    ChinaRoam(Node node, Target target) {
        node.addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() == 0 || e.getTouchCount() > 0) {
                return;
            }
            target.zoomBy(wheelFactor(e.getDeltaY()), e.getX(), e.getY());
            e.consume();
        });
        node.addEventHandler(javafx.scene.input.ZoomEvent.ZOOM, e -> {
            target.zoomBy(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            lastX = e.getX();
            lastY = e.getY();
            node.requestFocus();
        });
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            target.panBy(e.getX() - lastX, e.getY() - lastY);
            lastX = e.getX();
            lastY = e.getY();
        });
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            double w = node.getLayoutBounds().getWidth();
            double h = node.getLayoutBounds().getHeight();
            KeyCode code = e.getCode();
            switch (code) {
                case PLUS, ADD, EQUALS -> target.zoomBy(Math.sqrt(2), w / 2, h / 2);
                case MINUS, SUBTRACT -> target.zoomBy(1 / Math.sqrt(2), w / 2, h / 2);
                case LEFT -> target.panBy(w / 8, 0);
                case RIGHT -> target.panBy(-w / 8, 0);
                case UP -> target.panBy(0, h / 8);
                case DOWN -> target.panBy(0, -h / 8);
                case HOME, DIGIT0 -> target.reset();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }
}
