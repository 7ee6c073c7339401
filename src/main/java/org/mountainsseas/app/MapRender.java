package org.mountainsseas.app;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Transform;
import org.mountainsseas.export.MapPage;
import org.mountainsseas.map.MapPane;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.Viewport;

/** Renders the map as shown (with its legend, without the zoom buttons) into a page for export. On the FX thread. */
final class MapRender {
    /** Snapshot at twice the screen resolution, for print. */
    static final double RESOLUTION = 2;
    private static final double METRES_PER_PIXEL_AT_ZOOM_0 = 2 * Math.PI * 6_378_137 / 256;

    private MapRender() {
    }

    static MapPage page(AppState state, MapPane map, MapPage.PaperSize paper) {
        Node controls = map.lookup(".map-controls");
        Node tip = map.lookup(".hover-tip");
        boolean controlsShown = controls != null && controls.isVisible();
        boolean tipShown = tip != null && tip.isVisible();
        setVisible(controls, false);
        setVisible(tip, false);
        WritableImage fx;
        try {
            SnapshotParameters params = new SnapshotParameters();
            params.setTransform(Transform.scale(RESOLUTION, RESOLUTION));
            fx = map.snapshot(params, null);
        } finally {
            setVisible(controls, controlsShown);
            setVisible(tip, tipShown);
        }
        BufferedImage image = SwingFXUtils.fromFXImage(fx, null);
        Viewport v = state.viewportProperty().get();
        double lat = v == null ? 29 : v.centerLat();
        double metresPerPixel = METRES_PER_PIXEL_AT_ZOOM_0 * Math.cos(Math.toRadians(lat))
                / Math.pow(2, map.camera().zoom()) / RESOLUTION;
        String date = state.format("review.page.date", LocalDate.now().toString(), state.dataset().dataDate());
        List<String> credits = new ArrayList<>();
        credits.add(state.text("review.page.boundaries"));
        credits.add(state.format("review.page.facts", state.dataset().sources().size()));
        return new MapPage(state.text("review.page.title"), subtitle(state), image, metresPerPixel, null, date, credits, paper);
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
