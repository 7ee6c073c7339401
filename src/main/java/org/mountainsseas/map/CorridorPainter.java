package org.mountainsseas.map;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.Corridor;
import org.mountainsseas.model.Presence;
import org.mountainsseas.state.AppState;

/**
 * The mountain–sea corridors (docs/map.md): each bridge, port link and railway of
 * {@code corridors.json} drawn along its schematic path, in one colour with a line pattern per
 * kind, both ends marked. The selected one is drawn heavier over a halo in the selection colour;
 * before a corridor's date on the timeline it is drawn faint (its dates are "by" dates: it may
 * already have existed). Hidden while {@code state.corridors().shown()} is false.
 */
public final class CorridorPainter extends MapPainter {
    /** How near (screen pixels) a tap must come to a corridor's line to select it. */
    static final double TAP_RADIUS = 8;
    private final AppState state;

    public CorridorPainter(MapContext context) {
        super(context);
        this.state = context.state;
    }

    /** The corridors' colour: a purple no other layer uses, lighter on a dark (projector) sea. */
    static Color colour(MapStyle style) {
        return style.sea().getBrightness() < 0.5 ? Color.web("#e1a6f0") : Color.web("#7b1fa2");
    }

    @Override
    protected void paint(Frame f) {
        Surface gc = f.g();
        if (!state.corridors().shown()) {
            return;
        }
        String selected = state.corridors().selected();
        for (Corridor c : state.dataset().corridors()) {
            if (!c.id().equals(selected)) {
                draw(gc, c, false);
            }
        }
        for (Corridor c : state.dataset().corridors()) {
            if (c.id().equals(selected)) {
                draw(gc, c, true);
            }
        }
    }

    private void draw(Surface gc, Corridor c, boolean selected) {
        double[] xy = screenPath(c, camera);
        if (xy.length < 2) {
            return;
        }
        double k = style().scale();
        Integer year = state.year();
        boolean faint = year != null && Presence.happenedBy(c.date(), year) != Presence.IN_FORCE;
        Color ink = colour(style()).deriveColor(0, 1, 1, faint ? 0.45 : 1);
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        stroke(gc, xy, selected ? style().selection() : style().labelHalo(), (selected ? 10 : 7) * k, null);
        double w = (selected ? 5 : 3.5) * k;
        switch (c.kind()) {
            case RAILWAY -> {
                // the atlas convention: a dark line with light dashes inside
                stroke(gc, xy, ink, w, null);
                gc.setLineCap(StrokeLineCap.BUTT);
                stroke(gc, xy, style().labelHalo(), w * 0.45, new double[] {7 * k, 7 * k});
            }
            case PORT_LINK -> {
                gc.setLineCap(StrokeLineCap.BUTT);
                stroke(gc, xy, ink, w, new double[] {9 * k, 6 * k});
            }
            default -> stroke(gc, xy, ink, w, null);
        }
        for (int i : new int[] {0, xy.length - 2}) {
            gc.setFill(style().labelHalo());
            gc.fillOval(xy[i] - 4.5 * k, xy[i + 1] - 4.5 * k, 9 * k, 9 * k);
            gc.setFill(ink);
            gc.fillOval(xy[i] - 3 * k, xy[i + 1] - 3 * k, 6 * k, 6 * k);
        }
    }

    private static void stroke(Surface gc, double[] xy, Color colour, double width, double[] dashes) {
        gc.setStroke(colour);
        gc.setLineWidth(width);
        gc.setLineDashes(dashes);
        gc.beginPath();
        gc.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            gc.lineTo(xy[i], xy[i + 1]);
        }
        gc.stroke();
        gc.setLineDashes((double[]) null);
    }

    /** A corridor's path on screen: x0, y0, x1, y1, … */
    static double[] screenPath(Corridor c, MapCamera camera) {
        List<Corridor.Point> path = c.path();
        double[] xy = new double[path.size() * 2];
        for (int i = 0; i < path.size(); i++) {
            xy[2 * i] = camera.screenX(WebMercator.x(path.get(i).lon()));
            xy[2 * i + 1] = camera.screenY(WebMercator.y(path.get(i).lat()));
        }
        return xy;
    }

    /** The id of the shown corridor nearest a screen point within {@link #TAP_RADIUS}, or null. */
    public String hit(double x, double y) {
        if (!state.corridors().shown() || !camera.ready()) {
            return null;
        }
        String best = null;
        double bestDistance = TAP_RADIUS * style().scale();
        for (Corridor c : state.dataset().corridors()) {
            double d = distance(screenPath(c, camera), x, y);
            if (d <= bestDistance) {
                best = c.id();
                bestDistance = d;
            }
        }
        return best;
    }

    /** The distance from a point to a polyline ({@code x0, y0, x1, y1, …}); pure maths. */
    static double distance(double[] xy, double px, double py) {
        if (xy.length < 2) {
            return Double.POSITIVE_INFINITY;
        }
        double best = Math.hypot(px - xy[0], py - xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            double ax = xy[i - 2], ay = xy[i - 1], bx = xy[i], by = xy[i + 1];
            double dx = bx - ax, dy = by - ay;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
            best = Math.min(best, Math.hypot(px - (ax + t * dx), py - (ay + t * dy)));
        }
        return best;
    }
}
