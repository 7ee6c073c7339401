package org.mountainsseas.map;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.state.Emphasis;

/**
 * Enclave markers: a small shape per enclave in a row below its host county's label, one shape per
 * type so that type reads without colour. A marker in focus ({@link Emphasis#enclaves()}) is drawn
 * larger, with a dotted line from its beneficiary; with anything else in focus the rest fade. With
 * a timeline year set, an enclave not yet opened fades out ({@link YearFade}).
 */
public final class EnclavePainter extends MapPainter {
    private final Map<String, Double> drawn = new HashMap<>();

    public EnclavePainter(MapContext context) {
        super(context);
    }

    @Override
    protected void paint(Frame f) {
        Surface g = f.g();
        MapStyle style = context.style();
        Emphasis emphasis = context.emphasis();
        // round ends on the dotted line to a beneficiary, as on the arcs
        g.setLineCap(StrokeLineCap.ROUND);
        drawn.clear();
        Map<String, Integer> slot = new HashMap<>();
        for (Enclave e : context.state.dataset().enclaves()) {
            Shape host = context.atlas.county(e.host());
            if (host == null) {
                continue;
            }
            int n = slot.merge(e.host(), 1, Integer::sum) - 1;
            double inYear = context.years.weight(v -> v.enclave(e));
            if (inYear < 0.02) {
                continue;
            }
            drawn.put(e.id(), inYear);
            double[] at = markerPosition(host, n);
            boolean mine = emphasis.enclaves().contains(e.id());
            double alpha = (!emphasis.focused() || mine ? 1 : 0.25) * inYear;
            Shape beneficiary = context.atlas.county(e.beneficiary());
            if (mine && beneficiary != null && !Objects.equals(e.host(), e.beneficiary())) {
                g.setStroke(style.enclave().deriveColor(0, 1, 1, 0.9));
                g.setLineWidth(1.5 * style.scale());
                g.setLineDashes(2 * style.scale(), 4 * style.scale());
                g.strokeLine(camera.screenX(beneficiary.labelX()), camera.screenY(beneficiary.labelY()), at[0], at[1]);
                g.setLineDashes();
            }
            g.setFill(style.enclave().deriveColor(0, 1, 1, alpha));
            g.setStroke(Color.WHITE.deriveColor(0, 1, 1, alpha));
            g.setLineWidth(1.4);
            drawMarker(g, MapStyle.marker(e.type()), at[0], at[1], (mine ? 7 : 5.5) * style.scale());
        }
    }

    /** The ids of the enclaves drawn in the last paint, with their weight in the timeline year (for tests). */
    Map<String, Double> drawn() {
        return Map.copyOf(drawn);
    }

    /** Where enclave marker n of a host sits: a row just below the host's label. */
    double[] markerPosition(Shape host, int n) {
        double k = context.style().scale();
        double x = camera.screenX(host.labelX()) + ((n - 0.5) * 13 + 8) * k;
        double y = camera.screenY(host.labelY()) + 14 * k;
        return new double[] {x, y};
    }

    /** Draws one marker shape centred on (x, y) in the current fill and stroke; also used by the legend. */
    static void drawMarker(Surface g, String shape, double x, double y, double r) {
        switch (shape) {
            case "square":
                g.fillRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
                g.strokeRect(x - r * 0.85, y - r * 0.85, r * 1.7, r * 1.7);
                break;
            case "diamond": {
                double[] xs = {x, x + r, x, x - r};
                double[] ys = {y - r, y, y + r, y};
                g.fillPolygon(xs, ys, 4);
                g.strokePolygon(xs, ys, 4);
                break;
            }
            case "circle":
                g.fillOval(x - r, y - r, 2 * r, 2 * r);
                g.strokeOval(x - r, y - r, 2 * r, 2 * r);
                break;
            default: {
                double[] xs = {x, x + r, x - r};
                double[] ys = {y - r, y + r * 0.8, y + r * 0.8};
                g.fillPolygon(xs, ys, 3);
                g.strokePolygon(xs, ys, 3);
            }
        }
    }
}
