package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.paint.Color;
import javafx.scene.paint.CycleMethod;
import javafx.scene.paint.LinearGradient;
import javafx.scene.paint.Stop;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.state.Emphasis;

/**
 * Pairing arcs: each a curve from the mountain county (green end, a dot) to its partner (blue end,
 * an arrowhead); a county's arcs fan out with different bends, unconfirmed pairings are dashed. The
 * arcs in focus ({@link Emphasis#pairings()}: every selected county's, or a lecture step's) are drawn
 * last and strong, the rest fade. With a timeline year set, arcs not yet in force fade out and those
 * with an uncertain date are drawn faint and dotted ({@link YearFade}), except the arcs in focus,
 * which stay solid and show an uncertain date by a "?" badge (dots wash out on a projector).
 */
public final class ArcPainter extends MapPainter {
    private final Map<String, Double> drawn = new HashMap<>();
    private final Map<String, Double> emphasisedAlpha = new HashMap<>();

    public ArcPainter(MapContext context) {
        super(context);
    }

    @Override
    protected void paint(Frame f) {
        Surface g = f.g();
        Emphasis emphasis = context.emphasis();
        g.setLineCap(StrokeLineCap.ROUND);
        drawn.clear();
        List<Pairing> onMap = new ArrayList<>();
        Map<String, Integer> countOf = new HashMap<>();
        for (Pairing p : context.state.dataset().pairings()) {
            if (p.onMap() && context.atlas.county(p.mountain()) != null && context.atlas.county(p.partner()) != null) {
                onMap.add(p);
                countOf.merge(p.mountain(), 1, Integer::sum);
            }
        }
        Set<String> kept = new HashSet<>();
        context.state.review().pairingRowsProperty().get().forEach(r -> kept.add(r.key()));
        Map<String, Integer> indexOf = new HashMap<>();
        List<Pairing> strong = new ArrayList<>();
        List<Integer> strongIndex = new ArrayList<>();
        YearFade years = context.years;
        double width = context.style().arcWidth();
        for (Pairing p : onMap) {
            int index = indexOf.merge(p.mountain(), 1, Integer::sum) - 1;
            double inYear = years.weight(v -> v.pairing(p));
            if (inYear < 0.02) {
                continue;
            }
            drawn.put(p.id(), inYear);
            if (emphasis.pairings().contains(p.id())) {
                strong.add(p);
                strongIndex.add(index);
                continue;
            }
            double alpha = (emphasis.focused() ? 0.12 : 0.75) * inYear * (kept.contains(p.id()) ? 1 : 0.16);
            arc(g, p, index, countOf.get(p.mountain()), alpha, width, false);
        }
        emphasisedAlpha.clear();
        for (int i = 0; i < strong.size(); i++) {
            Pairing p = strong.get(i);
            // the arcs the view is about stay strong and solid in any year: a dotted line washes out on a
            // projector, so an uncertain date is marked by a "?" badge on the arc instead
            double alpha = years.shownWeight(v -> v.pairing(p));
            emphasisedAlpha.put(p.id(), alpha);
            arc(g, p, strongIndex.get(i), countOf.get(p.mountain()), alpha, width * 1.8, true);
        }
    }

    private void arc(Surface g, Pairing p, int index, int count, double alpha, double lineWidth, boolean emphasised) {
        MapStyle style = context.style();
        Shape a = context.atlas.county(p.mountain());
        Shape b = context.atlas.county(p.partner());
        double x1 = camera.screenX(a.labelX()), y1 = camera.screenY(a.labelY());
        double x2 = camera.screenX(b.labelX()), y2 = camera.screenY(b.labelY());
        double[] c = ArcGeometry.control(x1, y1, x2, y2, ArcGeometry.fanBend(index, count));
        Color from = style.arcMountain().deriveColor(0, 1, 1, alpha);
        Color to = style.arcSea().deriveColor(0, 1, 1, alpha);
        g.setStroke(new LinearGradient(x1, y1, x2, y2, false, CycleMethod.NO_CYCLE, new Stop(0, from), new Stop(1, to)));
        g.setLineWidth(lineWidth);
        boolean uncertain = context.years.uncertain(v -> v.pairing(p));
        if (uncertain && !emphasised) {
            g.setLineDashes(lineWidth * 0.5, lineWidth * 2.2);
        } else if (p.status() != Pairing.Status.ACTIVE) {
            g.setLineDashes(lineWidth * 2.5, lineWidth * 2);
        }
        // stop short of the partner's label point so the arrowhead sits beside the label, not on it
        double t1 = 0.93;
        double[] end = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, t1);
        double[] c1 = {x1 + (c[0] - x1) * t1, y1 + (c[1] - y1) * t1};
        g.beginPath();
        g.moveTo(x1, y1);
        g.quadraticCurveTo(c1[0], c1[1], end[0], end[1]);
        g.stroke();
        g.setLineDashes();
        double[] tan = ArcGeometry.tangent(x1, y1, c[0], c[1], x2, y2, t1);
        double size = 4 + lineWidth * 1.6;
        g.setFill(to);
        g.fillPolygon(new double[] {end[0] + tan[0] * size, end[0] - tan[0] * size * 0.6 - tan[1] * size * 0.7,
                        end[0] - tan[0] * size * 0.6 + tan[1] * size * 0.7},
                new double[] {end[1] + tan[1] * size, end[1] - tan[1] * size * 0.6 + tan[0] * size * 0.7,
                        end[1] - tan[1] * size * 0.6 - tan[0] * size * 0.7}, 3);
        g.setFill(from);
        double r = 1.5 + lineWidth;
        g.fillOval(x1 - r, y1 - r, 2 * r, 2 * r);
        if (uncertain && emphasised && alpha > 0.5) {
            double[] mid = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, 0.5);
            uncertainBadge(g, mid[0], mid[1]);
        }
    }

    /** A "?" in a ring on an arc whose date is uncertain: solid shapes that a projector does not wash out. */
    private void uncertainBadge(Surface g, double x, double y) {
        MapStyle style = context.style();
        double k = style.scale(), r = 8 * k;
        g.setFill(style.labelHalo());
        g.fillOval(x - r, y - r, 2 * r, 2 * r);
        g.setStroke(style.label());
        g.setLineWidth(1.8 * k);
        g.strokeOval(x - r, y - r, 2 * r, 2 * r);
        g.setFill(style.label());
        g.setFont(Fonts.sans(FontWeight.BOLD, 12 * k));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("?", x, y + 0.5 * k);
    }

    /** The ids of the pairings drawn in the last paint, with their weight in the timeline year (for tests). */
    Map<String, Double> drawn() {
        return Map.copyOf(drawn);
    }

    /** The ids of the pairings in focus drawn in the last paint, with their opacity (for tests). */
    Map<String, Double> emphasised() {
        return Map.copyOf(emphasisedAlpha);
    }

    /** Whether the fade to the current timeline year has finished (for tests). */
    boolean faded() {
        return context.years.fractionProperty().get() >= 1;
    }
}
