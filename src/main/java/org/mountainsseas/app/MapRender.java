package org.mountainsseas.app;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.mountainsseas.export.MapPage;
import org.mountainsseas.map.LegendView;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Viewport;

/**
 * Renders the map as shown (without the zoom buttons) into a page for export, and its legend
 * apart and always unfolded: on a short map the legend is folded on screen, but a printed map
 * needs it, and the page sets it beside the map rather than over counties. On the FX thread.
 */
final class MapRender {
    /** Snapshot at twice the screen resolution, for print. */
    static final double RESOLUTION = 2;
    private static final double METRES_PER_PIXEL_AT_ZOOM_0 = 2 * Math.PI * 6_378_137 / 256;

    private MapRender() {
    }

    static MapPage page(AppState state, MapPane map, MapPage.PaperSize paper) {
        Node controls = map.lookup(".map-controls");
        Node tip = map.lookup(".hover-tip");
        LegendView legend = map.legend();
        boolean controlsShown = controls != null && controls.isVisible();
        boolean tipShown = tip != null && tip.isVisible();
        boolean legendShown = legend != null && legend.isVisible();
        setVisible(controls, false);
        setVisible(tip, false);
        setVisible(legend, false);
        SnapshotParameters params = new SnapshotParameters();
        params.setTransform(Transform.scale(RESOLUTION, RESOLUTION));
        WritableImage fx;
        WritableImage key = null;
        try {
            fx = map.snapshot(params, null);
            if (legendShown) {
                key = unfolded(state, map, params);
            }
        } finally {
            setVisible(controls, controlsShown);
            setVisible(tip, tipShown);
            setVisible(legend, legendShown);
        }
        BufferedImage image = SwingFXUtils.fromFXImage(fx, null);
        BufferedImage legendImage = key == null ? null : SwingFXUtils.fromFXImage(key, null);
        Viewport v = state.viewportProperty().get();
        double lat = v == null ? 29 : v.centerLat();
        double metresPerPixel = METRES_PER_PIXEL_AT_ZOOM_0 * Math.cos(Math.toRadians(lat))
                / Math.pow(2, map.camera().zoom()) / RESOLUTION;
        String date = state.format("review.page.date", LocalDate.now().toString(), state.dataset().dataDate());
        List<String> credits = new ArrayList<>();
        credits.add(state.text("review.page.boundaries"));
        credits.add(state.format("review.page.facts", state.dataset().sources().size()));
        return new MapPage(state.text("review.page.title"), subtitle(state), image, metresPerPixel, legendImage, date, credits, paper);
    }

    /**
     * The legend with every row, drawn apart from the screen's (which the map folds or unfolds by
     * its height on each layout): a fresh legend in a scene of its own, with the window's styles.
     */
    private static WritableImage unfolded(AppState state, MapPane map, SnapshotParameters params) {
        LegendView legend = new LegendView(state, map.mapStyleProperty().get());
        legend.setCollapsed(false);
        Scene scene = new Scene(new Group(legend));
        if (map.getScene() != null) {
            scene.getStylesheets().setAll(map.getScene().getStylesheets());
        }
        try {
            return legend.snapshot(params, null);
        } finally {
            legend.dispose();
        }
    }

    private static void setVisible(Node n, boolean visible) {
        if (n != null) {
            n.setVisible(visible);
        }
    }

    /** What the map shows: the filters in force (or "all"), and the selection. */
    private static String subtitle(AppState state) {
        ReviewFilter f = state.review().filter();
        String filters = f.active() ? state.format("review.page.filtered",
                state.review().pairingRowsProperty().get().size()) : state.text("review.page.all");
        String selected = state.selectedCounty() == null ? "" : " · " + state.selectedCounty().name().get(state.language());
        return filters + selected;
    }
}
