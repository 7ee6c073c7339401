package org.mountainsseas.mode.compare;

import javafx.geometry.Point2D;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.mountainsseas.state.CompareState;

/**
 * The swipe mode's divider: a line down the map with a grip, year A to its left and year B to its
 * right. Drag it with the mouse or a finger (touch arrives as mouse drags), or focus it and press
 * ← / → (a twentieth of the width; with Shift, a hundredth). Announced as a slider.
 */
final class SwipeDivider extends StackPane {
    static final double STEP = 0.05;
    static final double FINE_STEP = 0.01;
    /** The width that takes the pointer: wider than the line, so a finger finds it. */
    static final double HIT_WIDTH = 28;
    private final CompareState compare;

    SwipeDivider(CompareState compare) {
        this.compare = compare;
        setId("swipe-divider");
        getStyleClass().add("swipe-divider");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.SLIDER);
        setCursor(Cursor.H_RESIZE);
        Region line = new Region();
        line.getStyleClass().add("swipe-line");
        line.setMaxWidth(4);
        line.setMouseTransparent(true);
        Label grip = new Label("◀ ▶");
        grip.getStyleClass().add("swipe-grip");
        grip.setMouseTransparent(true);
        // wider than the strip that takes the pointer: the grip may stand out of it
        grip.setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(line, grip);
        setMinWidth(HIT_WIDTH);
        setPrefWidth(HIT_WIDTH);
        setMaxWidth(HIT_WIDTH);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::drag);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void drag(MouseEvent e) {
        requestFocus();
        Region parent = (Region) getParent();
        if (parent != null && parent.getWidth() > 0) {
            Point2D at = parent.sceneToLocal(e.getSceneX(), e.getSceneY());
            compare.setDivider(at.getX() / parent.getWidth());
        }
        e.consume();
    }

    private void onKey(KeyEvent e) {
        double step = e.isShiftDown() ? FINE_STEP : STEP;
        if (e.getCode() == KeyCode.LEFT) {
            compare.setDivider(compare.divider() - step);
        } else if (e.getCode() == KeyCode.RIGHT) {
            compare.setDivider(compare.divider() + step);
        } else {
            return;
        }
        e.consume();
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        switch (attribute) {
            case VALUE: return compare.divider();
            case MIN_VALUE: return 0.0;
            case MAX_VALUE: return 1.0;
            default: return super.queryAccessibleAttribute(attribute, parameters);
        }
    }

    @Override
    public void executeAccessibleAction(AccessibleAction action, Object... parameters) {
        switch (action) {
            case INCREMENT: compare.setDivider(compare.divider() + STEP); break;
            case DECREMENT: compare.setDivider(compare.divider() - STEP); break;
            default: super.executeAccessibleAction(action, parameters);
        }
    }
}
