package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.state.AppState;

/**
 * Pairing arcs and enclave markers. Each pairing is a curve from the mountain county (green end,
 * a dot) to its partner (blue end, an arrowhead); a county's arcs fan out with different bends.
 * Unconfirmed pairings are dashed. Enclaves are small shapes in their host county, one shape per
 * type. With a selection, its arcs and enclaves stand out and the rest fade. With a timeline year
 * set, facts not yet in force fade out and facts with an uncertain date are drawn faint and dotted
 * (see {@link YearFade}, which the map shares between this layer and the land) — except the arcs
 * that stand out, which stay strong and solid and show an uncertain date by a "?" badge (dots wash out on a projector).
 */
public final class ArcLayer extends CanvasLayer {
    private final AppState state;
    private final Atlas atlas;
    private final MapStyle style;
    private final YearFade years;
    private final Map<String, Double> drawn = new HashMap<>();
    private final Map<String, Double> emphasisedAlpha = new HashMap<>();

    /** @param years the map's one fade between timeline years, shared with the land layer and owned by the map */
    public ArcLayer(MapCamera camera, Region host, AppState state, Atlas atlas, MapStyle style, YearFade years) {
        super(camera, host);
        this.state = state;
        this.atlas = atlas;
        this.style = style;
        this.years = years;
        observe(state.datasetProperty(), state.selectionProperty(), years.fractionProperty(), state.spotlightProperty(),
                state.review().pairingRowsProperty());
    }

    @Override
    protected void paint(GraphicsContext gc, double width, double height) {
        Dataset data = state.dataset();
        // every selected county's arcs, as the land layer lights every selected county (a multi-row table pick)
        Set<String> selected = state.selection();
        Set<String> spotPairings = selected.isEmpty() ? state.spotlight().pairings() : Set.of();
        // a presentation step that lights anything fades the other arcs, so its own story stands out
        boolean focused = !selected.isEmpty() || !state.spotlight().isEmpty();
        gc.setLineCap(StrokeLineCap.ROUND);
        drawn.clear();
        List<Pairing> onMap = new ArrayList<>();
        Map<String, Integer> countOf = new HashMap<>();
        for (Pairing p : data.pairings()) {
            if (p.onMap() && atlas.county(p.mountain()) != null && atlas.county(p.partner()) != null) {
                onMap.add(p);
                countOf.merge(p.mountain(), 1, Integer::sum);
            }
        }
        java.util.Set<String> kept = new java.util.HashSet<>();
        state.review().pairingRowsProperty().get().forEach(r -> kept.add(r.key()));
        Map<String, Integer> indexOf = new HashMap<>();
        List<Pairing> emphasised = new ArrayList<>();
        List<Integer> emphasisedIndex = new ArrayList<>();
        for (Pairing p : onMap) {
            int index = indexOf.merge(p.mountain(), 1, Integer::sum) - 1;
            double inYear = years.weight(v -> v.pairing(p));
            if (inYear < 0.02) {
                continue;
            }
            drawn.put(p.id(), inYear);
            boolean mine = selected.contains(p.mountain()) || selected.contains(p.partner()) || spotPairings.contains(p.id());
            if (mine) {
                emphasised.add(p);
                emphasisedIndex.add(index);
                continue;
            }
            double alpha = (focused ? 0.12 : 0.75) * inYear * (kept.contains(p.id()) ? 1 : 0.16);
            arc(gc, p, index, countOf.get(p.mountain()), alpha, style.arcWidth(), false);
        }
        emphasisedAlpha.clear();
        for (int i = 0; i < emphasised.size(); i++) {
            Pairing p = emphasised.get(i);
            // the arcs the view is about stay strong and solid in any year: a dotted line washes out on a
            // projector, so an uncertain date is marked by a "?" badge on the arc instead
            double alpha = years.shownWeight(v -> v.pairing(p));
            emphasisedAlpha.put(p.id(), alpha);
            arc(gc, p, emphasisedIndex.get(i), countOf.get(p.mountain()), alpha, style.arcWidth() * 1.8, true);
        }
        enclaves(gc, data, selected);
    }

    private void arc(GraphicsContext gc, Pairing p, int index, int count, double alpha, double lineWidth, boolean emphasised) {
        Shape a = atlas.county(p.mountain());
        Shape b = atlas.county(p.partner());
        double x1 = camera.screenX(a.labelX()), y1 = camera.screenY(a.labelY());
        double x2 = camera.screenX(b.labelX()), y2 = camera.screenY(b.labelY());
        double[] c = ArcGeometry.control(x1, y1, x2, y2, ArcGeometry.fanBend(index, count));
        Color from = style.arcMountain().deriveColor(0, 1, 1, alpha);
        Color to = style.arcSea().deriveColor(0, 1, 1, alpha);
        gc.setStroke(new LinearGradient(x1, y1, x2, y2, false, CycleMethod.NO_CYCLE, new Stop(0, from), new Stop(1, to)));
        gc.setLineWidth(lineWidth);
        boolean uncertain = years.uncertain(v -> v.pairing(p));
        if (uncertain && !emphasised) {
            gc.setLineDashes(lineWidth * 0.5, lineWidth * 2.2);
        } else if (p.status() != Pairing.Status.ACTIVE) {
            gc.setLineDashes(lineWidth * 2.5, lineWidth * 2);
        }
        // stop short of the partner's label point so the arrowhead sits beside the label, not on it
        double t1 = 0.93;
        double[] end = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, t1);
        double[] c1 = {x1 + (c[0] - x1) * t1, y1 + (c[1] - y1) * t1};
        gc.beginPath();
        gc.moveTo(x1, y1);
        gc.quadraticCurveTo(c1[0], c1[1], end[0], end[1]);
        gc.stroke();
        gc.setLineDashes();
        double[] tan = ArcGeometry.tangent(x1, y1, c[0], c[1], x2, y2, t1);
        double size = 4 + lineWidth * 1.6;
        gc.setFill(to);
        gc.fillPolygon(new double[] {end[0] + tan[0] * size, end[0] - tan[0] * size * 0.6 - tan[1] * size * 0.7,
                        end[0] - tan[0] * size * 0.6 + tan[1] * size * 0.7},
                new double[] {end[1] + tan[1] * size, end[1] - tan[1] * size * 0.6 + tan[0] * size * 0.7,
                        end[1] - tan[1] * size * 0.6 - tan[0] * size * 0.7}, 3);
        gc.setFill(from);
        double r = 1.5 + lineWidth;
        gc.fillOval(x1 - r, y1 - r, 2 * r, 2 * r);
        if (uncertain && emphasised && alpha > 0.5) {
            double[] mid = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, 0.5);
            uncertainBadge(gc, mid[0], mid[1]);
        }
    }

    /** A "?" in a ring on an arc whose date is uncertain: solid shapes that a projector does not wash out. */
    private void uncertainBadge(GraphicsContext gc, double x, double y) {
        double k = style.scale(), r = 8 * k;
        gc.setFill(style.labelHalo());
        gc.fillOval(x - r, y - r, 2 * r, 2 * r);
        gc.setStroke(style.label());
        gc.setLineWidth(1.8 * k);
        gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        gc.setFill(style.label());
        gc.setFont(org.mountainsseas.fonts.Fonts.sans(javafx.scene.text.FontWeight.BOLD, 12 * k));
        gc.setTextAlign(javafx.scene.text.TextAlignment.CENTER);
        gc.setTextBaseline(javafx.geometry.VPos.CENTER);
        gc.fillText("?", x, y + 0.5 * k);
    }

    private void enclaves(GraphicsContext gc, Dataset data, Set<String> selected) {
        Map<String, Integer> slot = new HashMap<>();
        for (Enclave e : data.enclaves()) {
            Shape host = atlas.county(e.host());
            if (host == null) {
                continue;
            }
            int n = slot.merge(e.host(), 1, Integer::sum) - 1;
            double inYear = years.weight(v -> v.enclave(e));
            if (inYear < 0.02) {
                continue;
            }
            drawn.put(e.id(), inYear);
            double[] at = markerPosition(host, n);
            Set<String> spot = selected.isEmpty() ? state.spotlight().enclaves() : Set.of();
            boolean mine = selected.contains(e.host()) || e.beneficiary() != null && selected.contains(e.beneficiary())
                    || spot.contains(e.id());
            boolean focused = !selected.isEmpty() || !state.spotlight().isEmpty();
            double alpha = (!focused || mine ? 1 : 0.25) * inYear;
            Shape beneficiary = atlas.county(e.beneficiary());
            if (mine && beneficiary != null && !Objects.equals(e.host(), e.beneficiary())) {
                gc.setStroke(style.enclave().deriveColor(0, 1, 1, 0.9));
                gc.setLineWidth(1.5 * style.scale());
                gc.setLineDashes(2 * style.scale(), 4 * style.scale());
                gc.strokeLine(camera.screenX(beneficiary.labelX()), camera.screenY(beneficiary.labelY()), at[0], at[1]);
                gc.setLineDashes();
            }
            marker(gc, MapStyle.marker(e.type()), at[0], at[1], (mine ? 7 : 5.5) * style.scale(), alpha);
        }
    }

    /** The ids of the pairings and enclaves drawn in the last paint, with their weight in the timeline year (for tests). */
    Map<String, Double> drawn() {
        return Map.copyOf(drawn);
    }

    /** The ids of the emphasised pairings (the selection's or the spotlight's) drawn in the last paint, with their opacity (for tests). */
    Map<String, Double> emphasised() {
        return Map.copyOf(emphasisedAlpha);
    }

    /** Whether the fade to the current timeline year has finished (for tests). */
    boolean faded() {
        return years.fractionProperty().get() >= 1;
    }

    /** Where enclave marker n of a host sits: a row just below the host's label. */
    double[] markerPosition(Shape host, int n) {
        double k = style.scale();
        double x = camera.screenX(host.labelX()) + ((n - 0.5) * 13 + 8) * k;
        double y = camera.screenY(host.labelY()) + 14 * k;
        return new double[] {x, y};
    }

    private void marker(GraphicsContext gc, String shape, double x, double y, double r, double alpha) {
        gc.setFill(style.enclave().deriveColor(0, 1, 1, alpha));
        gc.setStroke(Color.WHITE.deriveColor(0, 1, 1, alpha));
        gc.setLineWidth(1.4);
        drawMarker(gc, shape, x, y, r);
    }

    /** Draws one marker shape centred on (x, y); also used by the legend. */
    static void drawMarker(GraphicsContext gc, String shape, double x, double y, double r) {
        switch (shape) {
            case "square":
                gc.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
                gc.strokeRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
                break;
            case "diamond": {
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                gc.fillPolygon(xs, ys, 4);
                gc.strokePolygon(xs, ys, 4);
                break;
            }
            case "circle":
                gc.fillOval(x - r, y - r, 2 * r, 2 * r);
                gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
                break;
            default: {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r * 0.8, y + r * 0.8};
                gc.fillPolygon(xs, ys, 3);
                gc.strokePolygon(xs, ys, 3);
            }
        }
    }
}
