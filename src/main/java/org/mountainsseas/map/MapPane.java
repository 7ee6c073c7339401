package org.mountainsseas.map;

import com.gluonhq.maps.MapView;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.Flight;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CameraRequest;
import org.mountainsseas.state.Viewport;

/**
 * The map region: a Gluon {@link MapView} with one {@link MapCanvas} of painters (land, borders,
 * arcs, enclaves, corridors, Qingda Line, labels), zoom and home buttons, the legend and a hover name tip. Pointer input: drag pans,
 * wheel and pinch zoom smoothly about the pointer, double-click zooms in, click selects (click
 * the selection or the sea to clear; {@link #setTapAction} can change that), a drag released in
 * motion glides on. Keys when focused: + and − zoom, arrows pan, Home fits the
 * province, Esc clears the selection.
 * <p>Only a {@linkplain #liveProperty() live} map follows the state's camera requests and writes its
 * viewport: the explorer's map waits, still, behind a lecture's, and on coming back jumps to the
 * latest request it missed.
 */
public final class MapPane extends StackPane {
    private static final double HOME_MARGIN = 0.04;
    private final AppState state;
    private final Atlas atlas;
    private final MapView mapView = new MapView();
    private final MapCamera camera = new MapCamera();
    private final CameraMotion motion = new CameraMotion(camera);
    /** One fade between timeline years for every layer (and every theme's layers). */
    private final YearFade years;
    private final Map<String, List<double[]>> cityOutlines;
    private final javafx.beans.property.ObjectProperty<MapStyle> mapStyle;
    private MapContext context;
    private MapCanvas canvas;
    private LabelPainter labels;
    private CorridorPainter corridors;
    private LandPainter land;
    private final Label hoverTip = new Label();
    private LegendView legend;
    private double flySeconds = 0.6;
    private VBox controls;
    private boolean legendShown = true;
    private final ChangeListener<CameraRequest> onCamera = (o, a, request) -> handle(request);
    private final Runnable onViewChange = this::publishViewport;
    private final MapPointer pointer;
    private boolean atHome = true;
    /** The area a camera request framed, re-fitted when the map's size changes until someone moves the map. */
    private Bounds framed;
    private double framedMargin;
    private boolean sized;
    private boolean still;
    private final javafx.beans.property.BooleanProperty live = new javafx.beans.property.SimpleBooleanProperty(this, "live", true);
    /** The latest camera request made while the map was not live, honoured when it is again. */
    private CameraRequest missed;

    public MapPane(AppState state, Atlas atlas, MapStyle style, Map<String, List<double[]>> cityOutlines) {
        this.state = state;
        this.years = new YearFade(state);
        this.atlas = atlas;
        getStyleClass().add("map-pane");
        setFocusTraversable(true);
        mapView.getStyleClass().add("map-view");
        // the view takes every press within its bounds, also where Gluon has not (yet) placed a tile
        mapView.setPickOnBounds(true);
        this.cityOutlines = cityOutlines;
        this.mapStyle = new javafx.beans.property.SimpleObjectProperty<>(this, "mapStyle", style);
        mapView.addLayer(camera);
        hoverTip.getStyleClass().add("hover-tip");
        hoverTip.setManaged(false);
        hoverTip.setVisible(false);
        hoverTip.setMouseTransparent(true);

        controls = controls();
        getChildren().addAll(mapView, controls, hoverTip);
        buildLayers(style);
        mapStyle.addListener((o, a, b) -> restyle(b == null ? MapStyle.standard() : b));
        pointer = new MapPointer(mapView, camera, motion, state, hoverTip, this::getWidth, this::pick,
                this::leaveFraming, this::requestFocus);
        pointer.setTapAction(this::selectAt);
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        state.cameraProperty().addListener(onCamera);
        camera.addListener(onViewChange);
        live.addListener((o, was, now) -> onLive(now));
        mapView.widthProperty().addListener(o -> onResize());
        mapView.heightProperty().addListener(o -> onResize());
    }

    /** Builds the painters, once: a theme switch repaints them in the new style ({@link #restyle}). */
    private void buildLayers(MapStyle style) {
        context = new MapContext(state, camera, atlas, style, years, cityOutlines);
        land = new LandPainter(context);
        corridors = new CorridorPainter(context);
        labels = new LabelPainter(context);
        canvas = new MapCanvas(context, mapView, List.of(land, new BorderPainter(context), new ArcPainter(context),
                new EnclavePainter(context), corridors, new QingdaLinePainter(context), labels));
        mapView.addLayer(canvas);
        buildLegend(style);
    }

    /**
     * A theme switch: the same map repaints in {@code style} (its context's style is one of the
     * properties the map watches), and the legend is made anew in it. Nothing else is rebuilt, so the
     * map on screen stays up until the new frame replaces it.
     */
    private void restyle(MapStyle style) {
        context.setStyle(style);
        legend.dispose();
        getChildren().remove(legend);
        buildLegend(style);
    }

    private void buildLegend(MapStyle style) {
        legend = new LegendView(state, style);
        // drawn over the moving map on every frame of a gesture: one cached bitmap, not its labels
        // and swatches each time (roam CPU per frame ~10 % less, README "Performance")
        legend.setCache(true);
        legend.fitTo(mapView.getHeight());
        legend.setVisible(legendShown);
        StackPane.setAlignment(legend, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(legend, new Insets(10));
        getChildren().add(getChildren().indexOf(hoverTip), legend);
    }

    /** The map's colours and line widths; setting it redraws the map in the new style. */
    public javafx.beans.property.ObjectProperty<MapStyle> mapStyleProperty() {
        return mapStyle;
    }

    /** How long a camera request's fly-to takes (0 jumps at once, e.g. for exports). */
    public void setFlySeconds(double seconds) {
        this.flySeconds = Math.max(0, seconds);
    }

    /**
     * For off-screen rendering (exports, video frames): camera requests jump, year changes show at
     * once and labels are always drawn as text, so what is drawn depends on the state alone and never
     * on the wall clock: the same state gives the same pixels.
     */
    public void setStill() {
        still = true;
        flySeconds = 0;
        motion.stop();
        years.setInstant(true);
        labels.setTextOnly(true);
        canvas.setStill(true);
    }

    /** Where the camera looks now: the world point at the map's centre, and the zoom. */
    public Flight.View view() {
        double w = mapView.getWidth(), h = mapView.getHeight();
        return new Flight.View(camera.worldX(w / 2), camera.worldY(h / 2), camera.zoom());
    }

    /** Shows {@code view} at once and crisply (a frame of a scripted flight, such as a video's). */
    public void show(Flight.View view) {
        motion.stop();
        leaveFraming();
        double w = mapView.getWidth(), h = mapView.getHeight();
        camera.jumpTo(view.x(), view.y(), view.zoom(), w / 2, h / 2);
    }

    /**
     * Shows {@code view} at once, like {@link #show}, for a map that mirrors another's camera (the year
     * comparison): {@code home} says whether the other map is at its home view, so that both re-fit
     * the province together when their size changes.
     */
    public void mirror(Flight.View view, boolean home) {
        show(view);
        atHome = home;
    }

    /** Whether the map shows its home view (the whole province, re-fitted when the map's size changes). */
    public boolean atHome() {
        return atHome;
    }

    /** Shows or hides the zoom buttons and the legend (a presentation hides the buttons). */
    public void setChromeVisible(boolean buttons, boolean showLegend) {
        controls.setVisible(buttons);
        legendShown = showLegend;
        legend.setVisible(showLegend);
    }

    private VBox controls() {
        Button in = button("+", "map.zoomIn", () -> zoomButton(1));
        Button out = button("−", "map.zoomOut", () -> zoomButton(-1));
        Button home = button("⌂", "map.home", state::goHome);
        in.setId("zoom-in");
        out.setId("zoom-out");
        home.setId("home");
        VBox box = new VBox(6, in, out, home);
        box.getStyleClass().add("map-controls");
        // redrawn over the moving map on every frame of a gesture, like the legend: kept as a bitmap
        box.setCache(true);
        box.setPickOnBounds(false);
        box.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        StackPane.setAlignment(box, Pos.TOP_LEFT);
        StackPane.setMargin(box, new Insets(10));
        return box;
    }

    private Button button(String glyph, String tooltipKey, Runnable action) {
        return mapButton(state, glyph, tooltipKey, action);
    }

    /** A round map button (zoom, home) with its tooltip and accessible text in the current language. */
    static Button mapButton(AppState state, String glyph, String tooltipKey, Runnable action) {
        Button b = new Button(glyph);
        b.getStyleClass().add("map-button");
        Tooltip tip = new Tooltip();
        tip.textProperty().bind(state.tr(tooltipKey));
        b.setTooltip(tip);
        b.accessibleTextProperty().bind(state.tr(tooltipKey));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private void zoomButton(double delta) {
        leaveFraming();
        motion.zoomBy(delta, mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    private void selectAt(double x, double y) {
        // a corridor's line lies over counties: a tap on it means the line
        String corridor = corridors.hit(x, y);
        if (corridor != null) {
            state.corridors().select(corridor.equals(state.corridors().selected()) ? null : corridor);
            return;
        }
        String hit = pick(x, y);
        if (hit == null) {
            state.clearSelection();
        } else {
            state.toggleSelect(hit);
        }
    }

    /** What a single tap or click at a point of the map does; by default it selects the county there. */
    @FunctionalInterface
    public interface TapAction {
        void tap(double x, double y);
    }

    /** Replaces what a tap does (kiosk mode offers a chooser among small counties); null restores selecting. */
    public void setTapAction(TapAction action) {
        pointer.setTapAction(action != null ? action : this::selectAt);
    }

    /** Counties within {@code radius} screen pixels of a point, nearest first. */
    public List<String> near(double x, double y, double radius) {
        if (!camera.ready()) {
            return List.of();
        }
        return atlas.near(camera.worldX(x), camera.worldY(y), radius / camera.scale());
    }

    /** The larger side of a county's bounding box on screen, in pixels (0 if unknown). */
    public double screenExtentOf(String adcode) {
        Shape s = atlas.county(adcode);
        if (s == null || !camera.ready()) {
            return 0;
        }
        return Math.max(s.bounds().width(), s.bounds().height()) * camera.scale();
    }

    private void onKey(KeyEvent e) {
        KeyCode code = e.getCode();
        double w = mapView.getWidth(), h = mapView.getHeight();
        switch (code) {
            case PLUS: case ADD: case EQUALS: zoomButton(0.5); break;
            case MINUS: case SUBTRACT: zoomButton(-0.5); break;
            case LEFT: leaveFraming(); camera.panBy(w / 8, 0); break;
            case RIGHT: leaveFraming(); camera.panBy(-w / 8, 0); break;
            case UP: leaveFraming(); camera.panBy(0, h / 8); break;
            case DOWN: leaveFraming(); camera.panBy(0, -h / 8); break;
            case HOME: case DIGIT0: state.goHome(); break;
            case ESCAPE: state.clearSelection(); break;
            default: return;
        }
        e.consume();
    }

    /** The county under a point of the map, or null. */
    public String pick(double x, double y) {
        if (!camera.ready()) {
            return null;
        }
        return atlas.pick(camera.worldX(x), camera.worldY(y));
    }

    /** Where a county's label point is on screen, in this pane's coordinates (for tests and tours). */
    public javafx.geometry.Point2D screenPointOf(String adcode) {
        Shape s = atlas.county(adcode);
        if (s == null || !camera.ready()) {
            return null;
        }
        return new javafx.geometry.Point2D(camera.screenX(s.labelX()), camera.screenY(s.labelY()));
    }

    /**
     * Whether this map follows the state's camera requests and writes the state's viewport. Two maps
     * over one state (the explorer's and a lecture's) would otherwise both fly, and the last to
     * move would decide what the viewport is.
     */
    public javafx.beans.property.BooleanProperty liveProperty() {
        return live;
    }

    private void onLive(boolean now) {
        if (!now) {
            motion.stop();
            return;
        }
        CameraRequest request = missed;
        missed = null;
        if (!sized) {
            return;
        }
        // the flight happened while nobody saw this map: arrive at once
        handle(request, 0);
        publishViewport();
    }

    private void handle(CameraRequest request) {
        if (request != null && !live.get()) {
            missed = request;
            return;
        }
        handle(request, flySeconds);
    }

    private void handle(CameraRequest request, double seconds) {
        if (request == null || !sized) {
            return;
        }
        switch (request.kind()) {
            case HOME:
                fit(atlas.bounds(), HOME_MARGIN, seconds);
                atHome = true;
                break;
            case COUNTIES:
                Bounds b = null;
                for (String a : request.adcodes()) {
                    Shape s = atlas.county(a);
                    b = s == null ? b : b == null ? s.bounds() : new Bounds(Math.min(b.minX(), s.bounds().minX()),
                            Math.min(b.minY(), s.bounds().minY()), Math.max(b.maxX(), s.bounds().maxX()),
                            Math.max(b.maxY(), s.bounds().maxY()));
                }
                if (b != null) {
                    atHome = false;
                    fit(b, request.adcodes().size() == 1 ? 0.25 : 0.08, seconds);
                }
                break;
            case POINT:
                leaveFraming();
                double w = mapView.getWidth(), h = mapView.getHeight();
                motion.flyTo(org.mountainsseas.geo.WebMercator.x(request.lon()), org.mountainsseas.geo.WebMercator.y(request.lat()),
                        request.zoom(), w / 2, h / 2, seconds);
                break;
            default:
                Shape s = atlas.county(request.adcode());
                if (s != null) {
                    atHome = false;
                    fit(s.bounds(), 0.25, seconds);
                }
        }
    }

    private void fit(Bounds b, double margin, double seconds) {
        framed = b;
        framedMargin = margin;
        double w = mapView.getWidth(), h = mapView.getHeight();
        double z = MapCamera.fitZoom(b, w, h, margin);
        motion.flyTo(b.centerX(), b.centerY(), z, w / 2, h / 2, seconds);
    }

    private void onResize() {
        double w = mapView.getWidth(), h = mapView.getHeight();
        if (w <= 0 || h <= 0 || !camera.ready()) {
            return;
        }
        double home = MapCamera.fitZoom(atlas.bounds(), w, h, HOME_MARGIN);
        camera.setZoomRange(home - 1, home + 4.5);
        if (legend != null) {
            legend.fitTo(h);
        }
        if (!sized || atHome) {
            boolean first = !sized;
            sized = true;
            // a new size re-fits the map at once, crisply: no moving image of the old frame
            refit(atlas.bounds(), HOME_MARGIN, w, h);
            atHome = true;
            if (first && state.cameraProperty().get() != null) {
                // a map made after a request (a presentation's view) honours the latest one
                handle(state.cameraProperty().get());
            }
        } else if (framed != null) {
            // the counties a step or a search framed stay framed when the window changes size
            // (a lecture window that makes room for the presenter view)
            refit(framed, framedMargin, w, h);
        }
    }

    /** Fits {@code b} into a w × h map at once. */
    private void refit(Bounds b, double margin, double w, double h) {
        motion.stop();
        camera.jumpTo(b.centerX(), b.centerY(), MapCamera.fitZoom(b, w, h, margin), w / 2, h / 2);
    }

    /** Someone moved the map: a new size no longer re-fits the home view or the framed counties. */
    private void leaveFraming() {
        atHome = false;
        framed = null;
    }

    private void publishViewport() {
        if (!live.get()) {
            return;
        }
        double w = mapView.getWidth(), h = mapView.getHeight();
        state.viewportChanged(new Viewport(camera.centerLat(h), camera.centerLon(w), camera.zoom(), w, h));
    }

    public MapCamera camera() {
        return camera;
    }

    public LabelPainter labels() {
        return labels;
    }

    /** The map's painters, bottom first (land, borders, arcs, enclaves, corridors, Qingda Line, labels). */
    public List<MapPainter> layers() {
        return canvas.painters();
    }

    /** The one surface every painter draws on. */
    public MapCanvas canvas() {
        return canvas;
    }

    /** Whether the last paint of the land drew every county (true at the home view once painted). */
    public boolean allCountiesDrawn() {
        return land.paintCount() > 0 && land.drawnCounties() == atlas.countyCount() && canvas.framesShown() > 0;
    }

    public LegendView legend() {
        return legend;
    }

    /** Whether the camera is moving, or the map still shows a moved image awaiting its crisp repaint. */
    public boolean moving() {
        return motion.moving() || canvas.showingMotionImage();
    }

    /**
     * Whether the map shows what it should, crisply and finished: no motion, and every crisp frame
     * asked for is on screen (frames are drawn off the FX thread), and no zoom band's simplified
     * counties are still to come (the map repaints with them), nor the labels' prepared sheet (the
     * labels are repainted from it: drawn alike, but not pixel for pixel). A snapshot waits for this.
     */
    public boolean settled() {
        return !moving() && canvas.idle() && !atlas.detailPending() && !labels.sheetPending();
    }

    /** Removes every listener the map added to the state. */
    public void dispose() {
        motion.stop();
        years.dispose();
        state.cameraProperty().removeListener(onCamera);
        camera.removeListener(onViewChange);
        canvas.dispose();
        legend.dispose();
    }
}
