package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Paint;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.state.AppState;

/**
 * The land: sea background, neighbouring provinces, counties filled by class, prefecture borders,
 * and the selection (highlighted county and partners; everything else dimmed) and hover outline.
 * With a timeline year set, counties take their class in that year (list membership, island
 * group, left the list) and are hatched where that class rests on an uncertain date.
 */
public final class CountyLayer extends CanvasLayer {
    private final AppState state;
    private final Atlas atlas;
    private final MapStyle style;
    private final Map<String, List<double[]>> cityOutlines;
    private int drawn;
    /** The level-of-detail grid of this paint, in canvas units ({@link Paths}). */
    private double cell = 0.5;
    private final YearFade years;

    public CountyLayer(MapCamera camera, Region host, AppState state, Atlas atlas, MapStyle style,
                       Map<String, List<double[]>> cityOutlines, YearFade years) {
        super(camera, host);
        this.state = state;
        this.atlas = atlas;
        this.style = style;
        this.cityOutlines = cityOutlines;
        this.years = years;
        observe(state.datasetProperty(), state.highlightedProperty(), state.hoveredProperty(), years.fractionProperty(),
                state.review().litCountiesProperty());
    }

    @Override
    protected void paint(GraphicsContext gc, double width, double height) {
        cell = halfDevicePixel();
        gc.setFill(style.sea());
        gc.fillRect(0, 0, width, height);
        // the atlas orients shells and holes oppositely: non-zero keeps holes open and, unlike
        // even-odd, still fills where two counties of one colour overlap in a shared path
        gc.setFillRule(FillRule.NON_ZERO);
        // borders a pixel or two wide look the same with any join; a round one costs the
        // software stroker the most (China-wide crisp repaint 263 -> 232 ms median with bevel)
        gc.setLineJoin(StrokeLineJoin.BEVEL);

        gc.setStroke(style.neighbourBorder());
        gc.setLineWidth(style.scale());
        for (Shape s : atlas.context()) {
            if (Paths.visible(s.bounds(), camera, width, height)) {
                gc.beginPath();
                Paths.rings(gc, s.rings(), camera, cell);
                gc.setFill(style.neighbourFill());
                gc.fill();
                gc.stroke();
            }
        }
        gc.setLineDashes(6, 4);
        for (double[] line : atlas.contextLines()) {
            gc.beginPath();
            Paths.line(gc, line, camera, cell);
            gc.stroke();
        }
        gc.setLineDashes();

        drawn = fillCounties(gc, width, height);
        gc.setStroke(style.countyBorder());
        gc.setLineWidth(style.borderWidth());
        // the borders once, after every fill: stroking each county drew shared borders twice
        gc.beginPath();
        for (BorderNetwork.Line line : atlas.countyBorders()) {
            if (Paths.visible(line.bounds(), camera, width, height)) {
                Paths.line(gc, line.points(), camera, cell);
            }
        }
        gc.stroke();

        gc.setStroke(style.cityBorder());
        gc.setLineWidth(style.borderWidth() * 1.6);
        for (List<double[]> rings : cityOutlines.values()) {
            gc.beginPath();
            Paths.rings(gc, rings, camera, cell);
            gc.stroke();
        }

        String hovered = state.hovered();
        if (hovered != null && atlas.county(hovered) != null) {
            outline(gc, atlas.county(hovered), style.hover(), 2 * style.scale());
        }
        for (String adcode : state.highlighted()) {
            Shape s = atlas.county(adcode);
            if (s != null) {
                boolean isSelected = state.selection().contains(adcode);
                outline(gc, s, isSelected ? style.selection() : style.selection().deriveColor(0, 1, 1, 0.7),
                        (isSelected ? 3.2 : 1.8) * style.scale());
            }
        }
    }

    /**
     * Fills the counties on screen, one path per fill (a county's class colour, a hatch weight, the
     * dimming): counties do not overlap, so this draws the same as one fill per county, and the
     * software renderer pays per fill (2,890 of them China-wide). Returns how many were drawn.
     */
    private int fillCounties(GraphicsContext gc, double width, double height) {
        Dataset data = state.dataset();
        Set<String> highlighted = state.highlighted();
        boolean dimming = !highlighted.isEmpty();
        Set<String> lit = state.review().litCountiesProperty().get();
        boolean filtering = state.review().filter().active();
        Map<Paint, List<Shape>> byFill = new LinkedHashMap<>();
        Map<Double, List<Shape>> byHatch = new LinkedHashMap<>();
        List<Shape> dimmed = new ArrayList<>();
        int count = 0;
        for (Shape s : atlas.counties()) {
            if (!Paths.visible(s.bounds(), camera, width, height)) {
                continue;
            }
            byFill.computeIfAbsent(years.countyFill(s.id(), data, style), k -> new ArrayList<>()).add(s);
            double hatch = years.hatchWeight(s.id());
            if (hatch > 0.02) {
                byHatch.computeIfAbsent(hatch, k -> new ArrayList<>()).add(s);
            }
            if (dimming && !highlighted.contains(s.id()) || filtering && !lit.contains(s.id())) {
                dimmed.add(s);
            }
            count++;
        }
        byFill.forEach((fill, shapes) -> fill(gc, shapes, fill));
        byHatch.forEach((weight, shapes) -> {
            gc.setGlobalAlpha(weight);
            fill(gc, shapes, YearFade.hatch());
            gc.setGlobalAlpha(1);
        });
        fill(gc, dimmed, style.dim());
        return count;
    }

    private void fill(GraphicsContext gc, List<Shape> shapes, Paint paint) {
        if (shapes.isEmpty()) {
            return;
        }
        gc.beginPath();
        for (Shape s : shapes) {
            Paths.rings(gc, s.rings(), camera, cell);
        }
        gc.setFill(paint);
        gc.fill();
    }

    /** How many counties the last paint drew (those on screen); for the start-up benchmark and tests. */
    public int drawnCounties() {
        return drawn;
    }

    /** The fill the county is painted with now (for tests). */
    javafx.scene.paint.Color fillOf(String adcode) {
        return years.countyFill(adcode, state.dataset(), style);
    }

    /** Whether the fade to the current timeline year has finished (for tests). */
    boolean faded() {
        return years.fractionProperty().get() >= 1;
    }

    private void outline(GraphicsContext gc, Shape s, javafx.scene.paint.Color color, double width) {
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        Paths.rings(gc, s.rings(), camera, cell);
        gc.stroke();
    }
}
