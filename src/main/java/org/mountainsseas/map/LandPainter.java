package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Dataset;

/**
 * The land under everything: the sea, the neighbouring provinces, and the counties filled by class
 * (with a timeline year set, their class in that year, hatched where it rests on an uncertain
 * date); with anything in focus, the counties out of focus dimmed. The borders are
 * {@link BorderPainter}'s, drawn over these fills. Far out the counties are drawn simplified, at
 * the level of detail of the camera's zoom band ({@link Paths#detail}), whose neighbours still meet.
 */
public final class LandPainter extends MapPainter {
    private int drawn;

    public LandPainter(MapContext context) {
        super(context);
    }

    @Override
    protected void paint(Frame f) {
        Surface g = f.g();
        MapStyle style = context.style();
        double cell = f.cell();
        g.setFill(style.sea());
        g.fillRect(0, 0, f.width(), f.height());
        // the atlas orients shells and holes oppositely: non-zero keeps holes open and, unlike
        // even-odd, still fills where two counties of one colour overlap in a shared path
        g.setFillRule(FillRule.NON_ZERO);
        // borders a pixel or two wide look the same with any join; a round one costs the
        // software stroker the most (China-wide crisp repaint 263 -> 232 ms median with bevel)
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setStroke(style.neighbourBorder());
        g.setLineWidth(style.scale());
        for (Shape s : context.atlas.context()) {
            if (Paths.visible(s.bounds(), camera, f.width(), f.height())) {
                g.beginPath();
                Paths.rings(g, s.rings(), camera, cell);
                g.setFill(style.neighbourFill());
                g.setAntialiased(false);
                g.fill();
                g.setAntialiased(true);
                g.stroke();
            }
        }
        g.setLineDashes(6, 4);
        for (double[] line : context.atlas.contextLines()) {
            g.beginPath();
            Paths.line(g, line, camera, cell);
            g.stroke();
        }
        g.setLineDashes();
        // the county borders are stroked over every edge of these fills, smoothed
        g.setAntialiased(false);
        drawn = fillCounties(g, f);
        g.setAntialiased(true);
    }

    /**
     * Fills the counties on screen, one path per fill (a county's class colour, a hatch weight, the
     * dimming): counties do not overlap, so this draws the same as one fill per county, and the
     * software renderer pays per fill (2,890 of them China-wide). Returns how many were drawn.
     */
    private int fillCounties(Surface g, Frame f) {
        var state = context.state;
        Dataset data = state.dataset();
        Set<String> lit = context.emphasis().counties();
        boolean dimming = !lit.isEmpty();
        Set<String> kept = state.review().litCountiesProperty().get();
        boolean filtering = state.review().filter().active();
        Map<Paint, List<Shape>> byFill = new LinkedHashMap<>();
        Map<Double, List<Shape>> byHatch = new LinkedHashMap<>();
        Map<Color, Color> dimmedFill = new HashMap<>();
        MapStyle style = context.style();
        Color dim = style.dim();
        List<Shape> dimmed = new ArrayList<>();
        int count = 0;
        for (Shape s : Paths.detail(context.atlas, camera, f, this).counties()) {
            if (!Paths.visible(s.bounds(), camera, f.width(), f.height())) {
                continue;
            }
            Color fill = context.years.countyFill(s.id(), data, style);
            double hatch = context.years.hatchWeight(s.id());
            boolean hatched = hatch > 0.02;
            if (hatched) {
                byHatch.computeIfAbsent(hatch, k -> new ArrayList<>()).add(s);
            }
            boolean dims = dimming && !lit.contains(s.id()) || filtering && !kept.contains(s.id());
            if (dims && !hatched && fill.isOpaque()) {
                // the dimming over an opaque fill is one colour: filled with it at once, not a second
                // fill over most of the map (a hatched county keeps the pass, the dim lies over its hatch)
                fill = dimmedFill.computeIfAbsent(fill, c -> over(dim, c));
            } else if (dims) {
                dimmed.add(s);
            }
            byFill.computeIfAbsent(fill, k -> new ArrayList<>()).add(s);
            count++;
        }
        byFill.forEach((fill, shapes) -> fill(g, f, shapes, fill));
        byHatch.forEach((weight, shapes) -> {
            g.setGlobalAlpha(weight);
            fill(g, f, shapes, YearFade.hatch());
            g.setGlobalAlpha(1);
        });
        fill(g, f, dimmed, dim);
        return count;
    }

    private void fill(Surface g, Frame f, List<Shape> shapes, Paint paint) {
        if (shapes.isEmpty()) {
            return;
        }
        g.beginPath();
        for (Shape s : shapes) {
            Paths.rings(g, s.rings(), camera, f.cell());
        }
        g.setFill(paint);
        g.fill();
    }

    /** A translucent colour laid over an opaque one, as the canvas would blend it (source over). */
    static Color over(Color top, Color under) {
        return under.interpolate(Color.color(top.getRed(), top.getGreen(), top.getBlue()), top.getOpacity());
    }

    /** How many counties the last paint drew (those on screen); for the start-up benchmark and tests. */
    public int drawnCounties() {
        return drawn;
    }

    /** The fill the county is painted with now (for tests). */
    Color fillOf(String adcode) {
        return context.years.countyFill(adcode, context.state.dataset(), context.style());
    }

    /** Whether the fade to the current timeline year has finished (for tests). */
    boolean faded() {
        return context.years.fractionProperty().get() >= 1;
    }
}
