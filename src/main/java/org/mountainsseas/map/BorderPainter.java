package org.mountainsseas.map;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.state.Emphasis;

/**
 * The lines over the land: county borders (each shared border once), prefecture borders, the
 * hovered county's outline and the outlines of the counties in focus (a selected one heavier).
 */
public final class BorderPainter extends MapPainter {
    public BorderPainter(MapContext context) {
        super(context);
    }

    @Override
    protected void paint(Frame f) {
        Surface g = f.g();
        MapStyle style = context.style;
        double cell = f.cell();
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setStroke(style.countyBorder());
        g.setLineWidth(style.borderWidth());
        // the borders once, after every fill: stroking each county drew shared borders twice
        g.beginPath();
        for (BorderNetwork.Line line : context.atlas.countyBorders()) {
            if (Paths.visible(line.bounds(), camera, f.width(), f.height())) {
                Paths.line(g, line.points(), camera, cell);
            }
        }
        g.stroke();

        g.setStroke(style.cityBorder());
        g.setLineWidth(style.borderWidth() * 1.6);
        for (List<double[]> rings : context.cityOutlines.values()) {
            g.beginPath();
            Paths.rings(g, rings, camera, cell);
            g.stroke();
        }

        String hovered = context.state.hovered();
        if (hovered != null && context.atlas.county(hovered) != null) {
            outline(g, cell, context.atlas.county(hovered), style.hover(), 2 * style.scale());
        }
        Emphasis emphasis = context.emphasis();
        for (String adcode : emphasis.counties()) {
            Shape s = context.atlas.county(adcode);
            if (s != null) {
                boolean isSelected = emphasis.selection().contains(adcode);
                outline(g, cell, s, isSelected ? style.selection() : style.selection().deriveColor(0, 1, 1, 0.7),
                        (isSelected ? 3.2 : 1.8) * style.scale());
            }
        }
    }

    private void outline(Surface g, double cell, Shape s, Color color, double width) {
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setStroke(color);
        g.setLineWidth(width);
        g.beginPath();
        Paths.rings(g, s.rings(), camera, cell);
        g.stroke();
    }
}
