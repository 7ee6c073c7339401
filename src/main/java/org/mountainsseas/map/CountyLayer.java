package org.mountainsseas.map;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.state.AppState;

/**
 * The land: sea background, neighbouring provinces, counties filled by class, prefecture borders,
 * and the selection (highlighted county and partners; everything else dimmed) and hover outline.
 */
public final class CountyLayer extends CanvasLayer {
    private final AppState state;
    private final Atlas atlas;
    private final MapStyle style;
    private final Map<String, List<double[]>> cityOutlines;

    public CountyLayer(MapCamera camera, Region host, AppState state, Atlas atlas, MapStyle style,
                       Map<String, List<double[]>> cityOutlines) {
        super(camera, host);
        this.state = state;
        this.atlas = atlas;
        this.style = style;
        this.cityOutlines = cityOutlines;
        observe(state.datasetProperty(), state.highlightedProperty(), state.hoveredProperty());
    }

    @Override
    protected void paint(GraphicsContext gc, double width, double height) {
        gc.setFill(style.sea());
        gc.fillRect(0, 0, width, height);
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setLineJoin(StrokeLineJoin.ROUND);

        gc.setStroke(style.neighbourBorder());
        gc.setLineWidth(style.scale());
        for (Shape s : atlas.context()) {
            if (Paths.visible(s.bounds(), camera, width, height)) {
                gc.beginPath();
                Paths.rings(gc, s.rings(), camera);
                gc.setFill(style.neighbourFill());
                gc.fill();
                gc.stroke();
            }
        }
        gc.setLineDashes(6, 4);
        for (double[] line : atlas.contextLines()) {
            gc.beginPath();
            Paths.line(gc, line, camera);
            gc.stroke();
        }
        gc.setLineDashes();

        Dataset data = state.dataset();
        Set<String> highlighted = state.highlighted();
        boolean dimming = !highlighted.isEmpty();
        gc.setStroke(style.countyBorder());
        gc.setLineWidth(style.borderWidth());
        for (Shape s : atlas.counties()) {
            if (!Paths.visible(s.bounds(), camera, width, height)) {
                continue;
            }
            gc.beginPath();
            Paths.rings(gc, s.rings(), camera);
            gc.setFill(style.fill(data.classOf(s.id())));
            gc.fill();
            if (dimming && !highlighted.contains(s.id())) {
                gc.setFill(style.dim());
                gc.fill();
            }
            gc.stroke();
        }

        gc.setStroke(style.cityBorder());
        gc.setLineWidth(style.borderWidth() * 1.6);
        for (List<double[]> rings : cityOutlines.values()) {
            gc.beginPath();
            Paths.rings(gc, rings, camera);
            gc.stroke();
        }

        String hovered = state.hovered();
        if (hovered != null && atlas.county(hovered) != null) {
            outline(gc, atlas.county(hovered), style.hover(), 2 * style.scale());
        }
        for (String adcode : highlighted) {
            Shape s = atlas.county(adcode);
            if (s != null) {
                boolean isSelected = adcode.equals(state.selected());
                outline(gc, s, isSelected ? style.selection() : style.selection().deriveColor(0, 1, 1, 0.7),
                        (isSelected ? 3.2 : 1.8) * style.scale());
            }
        }
    }

    private void outline(GraphicsContext gc, Shape s, javafx.scene.paint.Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.beginPath();
        Paths.rings(gc, s.rings(), camera);
        gc.stroke();
    }
}
