package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.util.Subscription;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.ChinaFrame;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Outreach;
import org.mountainsseas.model.Place;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.Programme;
import org.mountainsseas.review.OutreachFilter;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;

/**
 * The China view: every province, an arc from each Zhejiang giver to each place of its work
 * beyond the province, and a marker per place ({@code #place-B04-0}); a tap on a marker selects
 * the item ({@code state.china().selectItem}). The button {@code #china-back} returns to Zhejiang.
 * It zooms and pans like the Zhejiang map ({@link ChinaRoam}; buttons {@code #china-zoom-in},
 * {@code #china-zoom-out}, {@code #china-home}). The review filter hides the items it leaves out
 * ({@link OutreachFilter}); at a timeline year an item not yet begun is hidden and one that may
 * have begun is drawn faint and dashed. Rebuilt on layout when the size, view, data, filter,
 * year or selection changed.
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
    private final VBox zoomButtons;
    private final List<Subscription> subscriptions = new ArrayList<>();
    private boolean dirty = true;
    /** What the view shows: the fit of China until the user zooms or pans; null for the fit. */
    private ChinaFrame view;
    private double fitScale;
    /** How far in the view may zoom, as a multiple of the fit. */
    static final double MAX_ZOOM = 32;

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
        VBox zoom = new VBox(6, button("+", "map.zoomIn", "china-zoom-in", () -> zoomBy(Math.sqrt(2), getWidth() / 2, getHeight() / 2)),
                button("−", "map.zoomOut", "china-zoom-out", () -> zoomBy(1 / Math.sqrt(2), getWidth() / 2, getHeight() / 2)),
                button("⌂", "china.home", "china-home", this::reset));
        zoom.getStyleClass().add("map-controls");
        zoom.setPickOnBounds(false);
        zoom.relocate(12, 52);
        zoomButtons = zoom;
        getChildren().addAll(canvas, markers, back, zoom);
        setMinSize(200, 200);
        setFocusTraversable(true);
        // zoomed in, markers beyond the edge must not draw over the panel or the timeline
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        new ChinaRoam(this, new ChinaRoam.Target() {
            @Override
            public void zoomBy(double factor, double x, double y) {
                ChinaView.this.zoomBy(factor, x, y);
            }

            @Override
            public void panBy(double dx, double dy) {
                ChinaView.this.panBy(dx, dy);
            }

            @Override
            public void reset() {
                ChinaView.this.reset();
            }
        });
        subscriptions.add(state.datasetProperty().subscribe(d -> markDirty()));
        subscriptions.add(state.china().selectedItemProperty().subscribe(id -> markDirty()));
        subscriptions.add(state.languageProperty().subscribe(l -> markDirty()));
        subscriptions.add(state.review().filterProperty().subscribe(f -> markDirty()));
        subscriptions.add(state.yearProperty().subscribe(y -> markDirty()));
        // a lecture step's items: frame them afresh
        subscriptions.add(state.china().spotlitProperty().subscribe(ids -> reset()));
    }

    /** Shows or hides the back and zoom buttons (a lecture hides them: the tour decides what shows). */
    public void setChromeVisible(boolean visible) {
        back.setVisible(visible);
        zoomButtons.setVisible(visible);
    }

    /**
     * The lon/lat box the view fits: all of China, or the places of the spotlit items with Zhejiang
     * (where their arcs start), a little beyond.
     */
    double[] box() {
        var ids = state.china().spotlit();
        double[] box = {118, 27, 122.9, 31.2};
        boolean any = false;
        for (Outreach o : state.dataset().outreach()) {
            if (ids.contains(o.id())) {
                for (Place p : o.places()) {
                    any = true;
                    box = new double[] {Math.min(box[0], p.lon()), Math.min(box[1], p.lat()),
                        Math.max(box[2], p.lon()), Math.max(box[3], p.lat())};
                }
            }
        }
        return any ? new double[] {box[0] - 3, box[1] - 3, box[2] + 3, box[3] + 3} : ChinaFrame.CHINA;
    }

    private Button button(String glyph, String tipKey, String id, Runnable action) {
        Button b = MapPane.mapButton(state, glyph, tipKey, action);
        b.setId(id);
        return b;
    }

    // Commands (the gestures', the buttons' and the lecture's)

    /** Zooms by {@code factor} about a point of the view, between the fit of China and {@link #MAX_ZOOM} times it. */
    public void zoomBy(double factor, double x, double y) {
        if (view != null) {
            view = view.zoomed(factor, x, y, fitScale, fitScale * MAX_ZOOM);
            markDirty();
        }
    }

    /** Moves the map by screen pixels. */
    public void panBy(double dx, double dy) {
        if (view != null) {
            view = view.panned(dx, dy);
            markDirty();
        }
    }

    /** Fits all of China again. */
    public void reset() {
        view = null;
        markDirty();
    }

    /** How far the view is zoomed in, as a multiple of the fit of China (1 when fitted). */
    public double zoom() {
        return view == null || fitScale == 0 ? 1 : view.scale() / fitScale;
    }

    /** The view's frame, for tests (null before the first layout). */
    ChinaFrame frame() {
        return view;
    }

    /**
     * A size is the base map's business, not the layout's: the canvas is as large as the view, and a
     * preferred size taken from it would keep the view from ever shrinking (pushing the timeline
     * below it off the window).
     */
    @Override
    protected double computePrefWidth(double height) {
        return getMinWidth();
    }

    @Override
    protected double computePrefHeight(double width) {
        return getMinHeight();
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
            // a new size fits China again: the old view's centre would no longer be the middle
            view = null;
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
        // the zoom's limits are those of all of China, whatever the view was framed on
        fitScale = ChinaFrame.fit(ChinaFrame.CHINA, w, h, 24).scale();
        if (view == null) {
            view = ChinaFrame.fit(box(), w, h, 24);
        }
        ChinaFrame frame = view;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#eef3f7"));
        g.fillRect(0, 0, w, h);
        ChinaPainter.provinces(g, frame, loaded, "330000");
        markers.getChildren().clear();
        String selected = state.china().selectedItem();
        ReviewFilter filter = state.review().filter();
        Integer year = state.year();
        for (Outreach o : state.dataset().outreach()) {
            double[] from = giverPoint(o.zhejiang());
            Presence at = year == null ? Presence.IN_FORCE : Presence.happenedBy(o.date(), year);
            if (from == null || !at.shown() || !OutreachFilter.accepts(state.dataset(), filter, o)) {
                continue;
            }
            double fx = frame.fromMercatorX(from[0]);
            double fy = frame.fromMercatorY(from[1]);
            Color colour = colour(o.programme());
            boolean pointedAt = selected != null ? selected.equals(o.id())
                    : state.china().spotlit().isEmpty() || state.china().spotlit().contains(o.id());
            boolean lit = pointedAt && at == Presence.IN_FORCE;
            for (int i = 0; i < o.places().size(); i++) {
                Place p = o.places().get(i);
                double tx = frame.x(p.lon());
                double ty = frame.y(p.lat());
                ChinaPainter.arc(g, fx, fy, tx, ty, colour, lit, o.places().get(i).area() == null || at != Presence.IN_FORCE);
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
            if (!e.isStillSincePress()) {
                return;
            }
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
