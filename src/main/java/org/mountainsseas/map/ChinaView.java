package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.ChinaFrame;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Place;
import org.mountainsseas.model.Programme;
import org.mountainsseas.state.AppState;

/**
 * The China view: every province, an arc from each Zhejiang giver to each place of its work
 * beyond the province, and a marker per place ({@code #place-B04-0}); a tap on a marker selects
 * the item ({@code state.china().selectItem}). The button {@code #china-back} returns to Zhejiang.
 * Rebuilt on layout when the size, the data or the selection changed.
 */
public final class ChinaView extends Pane {
    static final Color EAST_WEST = Color.web("#c0392b");
    static final Color COUNTERPART = Color.web("#1f6fb2");
    static final Color UNSTATED = Color.web("#7a6a2f");

    private final AppState state;
    private final Atlas atlas;
    private final Supplier<List<Boundary>> provinces;
    private List<Boundary> loaded;
    private final Canvas canvas = new Canvas();
    private final Pane markers = new Pane();
    private final Button back = new Button();
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean dirty = true;

    /** @param provinces the province layer, read on first show */
    public ChinaView(AppState state, Atlas atlas, Supplier<List<Boundary>> provinces) {
        this.state = state;
        this.atlas = atlas;
        this.provinces = provinces;
        getStyleClass().add("china-view");
        setId("china-view");
        markers.setPickOnBounds(false);
        back.setId("china-back");
        back.textProperty().bind(state.tr("china.back"));
        back.setOnAction(e -> state.china().showChina(false));
        back.relocate(12, 12);
        getChildren().addAll(canvas, markers, back);
        setMinSize(200, 200);
        subscriptions.add(state.datasetProperty().subscribe(d -> markDirty()));
        subscriptions.add(state.china().selectedItemProperty().subscribe(id -> markDirty()));
        subscriptions.add(state.languageProperty().subscribe(l -> markDirty()));
    }

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && w > 0 && h > 0) {
            dirty = false;
            draw(w, h);
        }
        back.autosize();
    }

    private void draw(double w, double h) {
        if (loaded == null) {
            loaded = provinces.get();
        }
        ChinaFrame frame = ChinaFrame.fit(ChinaFrame.CHINA, w, h, 24);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#eef3f7"));
        g.fillRect(0, 0, w, h);
        ChinaPainter.provinces(g, frame, loaded, "330000");
        markers.getChildren().clear();
        String selected = state.china().selectedItem();
        for (Outreach o : state.dataset().outreach()) {
            double[] from = giverPoint(o.zhejiang());
            if (from == null) {
                continue;
            }
            double fx = frame.fromMercatorX(from[0]);
            double fy = frame.fromMercatorY(from[1]);
            Color colour = colour(o.programme());
            boolean lit = selected == null || selected.equals(o.id());
            for (int i = 0; i < o.places().size(); i++) {
                Place p = o.places().get(i);
                double tx = frame.x(p.lon());
                double ty = frame.y(p.lat());
                ChinaPainter.arc(g, fx, fy, tx, ty, colour, lit, o.places().get(i).area() == null);
                markers.getChildren().add(marker(o, i, tx, ty, colour, lit));
            }
        }
        ChinaPainter.legend(g, h, state);
    }

    private Circle marker(Outreach o, int index, double x, double y, Color colour, boolean lit) {
        Circle c = new Circle(x, y, lit ? 7 : 5, colour.deriveColor(0, 1, 1, lit ? 1 : 0.45));
        c.setStroke(Color.WHITE);
        c.setStrokeWidth(1.5);
        c.setId("place-" + o.id() + "-" + index);
        c.getStyleClass().add("china-place");
        Tooltip.install(c, new Tooltip(o.places().get(index).name().get(state.language()) + " — "
                + o.name().get(state.language())));
        c.setOnMouseClicked(e -> {
            state.china().selectItem(o.id());
            e.consume();
        });
        return c;
    }

    static Color colour(Programme p) {
        return switch (p) {
            case EAST_WEST -> EAST_WEST;
            case COUNTERPART_SUPPORT -> COUNTERPART;
            case UNSTATED -> UNSTATED;
        };
    }

    /** The Zhejiang end of an arc in Web Mercator: a county's label point, or the mean of a city's or the province's. */
    double[] giverPoint(String adcode) {
        Shape one = atlas.county(adcode);
        if (one != null) {
            return new double[] {one.labelX(), one.labelY()};
        }
        String prefix = adcode.endsWith("0000") ? adcode.substring(0, 2) : adcode.substring(0, 4);
        double sx = 0;
        double sy = 0;
        int n = 0;
        for (Shape s : atlas.counties()) {
            if (s.id().startsWith(prefix)) {
                sx += s.labelX();
                sy += s.labelY();
                n++;
            }
        }
        return n == 0 ? null : new double[] {sx / n, sy / n};
    }

    /** Screen point of a place marker, in this view's coordinates (for tests), or null. */
    public javafx.geometry.Point2D placePoint(String id, int index) {
        layout();
        var node = markers.lookup("#place-" + id + "-" + index);
        return node instanceof Circle c ? new javafx.geometry.Point2D(c.getCenterX(), c.getCenterY()) : null;
    }

    /** Removes the listeners on the state. */
    public void dispose() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }
}
