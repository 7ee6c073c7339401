package org.mountainsseas.mode.kiosk;

import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.util.Subscription;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.map.MapCamera;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.state.AppState;

/**
 * Over the kiosk's map: the two sides of the Qingda Line named in large type ("西南山区 ·
 * mountains", "东北沿海 · coast"); the map's own line layer names its two ends. Placed from the camera on each
 * layout pass and laid out again when the viewport moves; mouse-transparent, so taps reach the map. Shown
 * only while the whole line is in view: zoomed in on a county, the halves' names would land on
 * whatever county is at the screen's edge.
 */
public final class SideLabels extends Pane {
    private final AppState state;
    private final MapPane map;
    private final Label mountains = label("kiosk-side-mountains", "kiosk-side");
    private final Label coast = label("kiosk-side-coast", "kiosk-side");
    private final Subscription subscription;

    public SideLabels(AppState state, MapPane map) {
        this.state = state;
        this.map = map;
        setMouseTransparent(true);
        setPickOnBounds(false);
        getStyleClass().add("kiosk-side-labels");
        mountains.textProperty().bind(state.tr("kiosk.side.mountains"));
        coast.textProperty().bind(state.tr("kiosk.side.coast"));
        getChildren().addAll(mountains, coast);
        // value subscriptions: an invalidation subscription fires once and then not again until
        // someone reads the value, which nobody else may do
        subscription = state.viewportProperty().subscribe(v -> requestLayout())
                .and(state.datasetProperty().subscribe(d -> requestLayout()));
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        l.setManaged(false);
        return l;
    }

    @Override
    protected void layoutChildren() {
        QingdaLine line = state.dataset().qingdaLine();
        MapCamera c = map.camera();
        boolean ready = line != null && c.ready() && getWidth() > 0;
        double ax = ready ? c.screenX(WebMercator.x(line.start().lon())) : 0;
        double ay = ready ? c.screenY(WebMercator.y(line.start().lat())) : 0;
        double bx = ready ? c.screenX(WebMercator.x(line.end().lon())) : 0;
        double by = ready ? c.screenY(WebMercator.y(line.end().lat())) : 0;
        boolean shown = ready && inside(ax, ay) && inside(bx, by);
        for (var n : getChildren()) {
            n.setVisible(shown);
        }
        if (!shown) {
            return;
        }
        // the line runs close to the province's south-east edge: the coast label sits further out, on the plains
        double across = Math.hypot(bx - ax, by - ay);
        double[] sw = sidePoint(ax, ay, bx, by, across * 0.3);
        double[] ne = sidePoint(ax, ay, bx, by, -across * 0.42);
        place(mountains, sw[0], sw[1]);
        place(coast, ne[0], ne[1]);
    }

    /**
     * A point {@code offset} px from the middle of the line a→b on its south-west side. On screen y
     * grows southward, so for a line drawn from the north-west end to the south-east end the left
     * normal (−dy, dx) points south-west. Pure.
     */
    static double[] sidePoint(double ax, double ay, double bx, double by, double offset) {
        double dx = bx - ax, dy = by - ay;
        double len = Math.hypot(dx, dy);
        if (len == 0) {
            return new double[] {ax, ay};
        }
        return new double[] {(ax + bx) / 2 - dy / len * offset, (ay + by) / 2 + dx / len * offset};
    }

    private boolean inside(double x, double y) {
        return x >= 0 && y >= 0 && x <= getWidth() && y <= getHeight();
    }

    /** Centres a label on a point, kept inside this pane. */
    private void place(Label l, double x, double y) {
        l.autosize();
        double w = l.getWidth(), h = l.getHeight();
        double px = Math.max(8, Math.min(getWidth() - w - 8, x - w / 2));
        double py = Math.max(8, Math.min(getHeight() - h - 8, y - h / 2));
        l.relocate(px, py);
    }

    public void dispose() {
        subscription.unsubscribe();
    }
}
