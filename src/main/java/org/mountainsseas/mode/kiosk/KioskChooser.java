package org.mountainsseas.mode.kiosk;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.County;
import org.mountainsseas.state.AppState;

/**
 * Kiosk taps on the map. A fingertip covers several of Hangzhou's small urban districts at the
 * home view, so a tap near two or more counties where the one under the finger is small on
 * screen opens a little chooser by the finger, one big button per county (nearest first);
 * elsewhere a tap selects as usual. Touching outside the chooser, or the map flying elsewhere
 * (Home, a search result, the attract loop), closes it.
 */
public final class KioskChooser extends Pane {
    static final int MAX_CHOICES = 6;
    private final AppState state;
    private final MapPane map;
    private final double target;
    private final VBox box = new VBox();
    private final Subscription onCamera;

    public KioskChooser(AppState state, MapPane map, double targetPx) {
        this.state = state;
        this.map = map;
        this.target = targetPx;
        setId("chooser");
        box.getStyleClass().add("kiosk-chooser");
        // its drop shadow is blurred once, not on each frame the lights move beside it
        box.setCache(true);
        box.setManaged(false);
        getChildren().add(box);
        setPickOnBounds(true);
        setVisible(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getTarget() == this) {
                close();
                e.consume();
            }
        });
        // the choices stand by the finger: once the map moves away they point at other counties
        onCamera = state.cameraProperty().subscribe(request -> close());
    }

    /** The tap rule, for {@link MapPane#setTapAction}: x, y in the map's coordinates. */
    public void tap(double x, double y) {
        String hit = map.pick(x, y);
        List<String> near = map.near(x, y, target / 2);
        // small: the county under the finger is less than one and a half fingertips across on screen
        boolean small = hit == null || map.screenExtentOf(hit) < target * 1.5;
        if (near.size() >= 2 && small) {
            open(near.subList(0, Math.min(MAX_CHOICES, near.size())), map.localToScene(x, y));
        } else if (hit != null) {
            state.toggleSelect(hit);
        } else if (near.size() == 1) {
            state.select(near.get(0));
        } else {
            state.clearSelection();
        }
    }

    private void open(List<String> adcodes, Point2D scenePoint) {
        var l = state.language();
        Label title = new Label(Messages.get(l, "kiosk.chooser.title"));
        title.getStyleClass().add("title");
        box.getChildren().setAll(title);
        for (String code : adcodes) {
            County c = state.dataset().county(code);
            if (c == null) {
                continue;
            }
            Button b = new Button(org.mountainsseas.i18n.ShownText.name(c.name().get(l)) + "  " + org.mountainsseas.i18n.ShownText.name(c.name().get(l.other())));
            b.getStyleClass().add("choice");
            b.setId("choice-" + code);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setOnAction(e -> {
                close();
                state.select(code);
            });
            box.getChildren().add(b);
        }
        setVisible(true);
        box.applyCss();
        box.autosize();
        Point2D p = sceneToLocal(scenePoint);
        double x = Math.max(8, Math.min(getWidth() - box.getWidth() - 8, p.getX() + target / 2));
        double y = Math.max(8, Math.min(getHeight() - box.getHeight() - 8, p.getY() - box.getHeight() / 2));
        box.relocate(x, y);
    }

    public void close() {
        setVisible(false);
        box.getChildren().clear();
    }

    public boolean isOpen() {
        return isVisible();
    }

    /** Stops following the camera. */
    public void dispose() {
        onCamera.unsubscribe();
    }
}
