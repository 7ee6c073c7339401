package org.mountainsseas.map;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineJoin;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.state.Emphasis;

/**
 * The lines over the land: county borders (each shared border once, at the zoom band's level of
 * detail, and only between counties at least {@value #APART} pixels across), province borders
 * where the layer has several provinces, prefecture borders, the hovered county's outline and the
 * outlines of the counties in focus (a selected one heavier).
 */
public final class BorderPainter extends MapPainter {
    /** How far apart, in pixels, two counties' borders must be (the smaller county's size) for the border between them to be drawn. */
    static final double APART = 4;
    /** Prefecture outlines narrower than this, in device pixels, are drawn one device pixel wide with the same ink. */
    static final double HAIRLINE = 1.5;

    public BorderPainter(MapContext context) {
        super(context);
    }

    @Override
    protected void paint(Frame f) {
        Surface g = f.g();
        MapStyle style = context.style();
        double cell = f.cell();
        g.setLineJoin(StrokeLineJoin.BEVEL);
        g.setStroke(style.countyBorder());
        g.setLineWidth(style.borderWidth());
        // the borders once, after every fill: stroking each county drew shared borders twice
        List<BorderNetwork.Line> lines = Paths.detail(context.atlas, camera, f, this).borders();
        // a border between counties closer together than a few pixels is left out: far out, a
        // thicket of city districts' borders reads as a smudge, and province borders say enough
        double apart = APART / camera.scale();
        boolean groups = false;
        g.beginPath();
        for (BorderNetwork.Line line : lines) {
            groups |= line.kind() == BorderNetwork.Kind.GROUP;
            if (line.kind() != BorderNetwork.Kind.GROUP && (line.kind() == BorderNetwork.Kind.EDGE || line.span() >= apart)
                    && Paths.visible(line.bounds(), camera, f.width(), f.height())) {
                Paths.line(g, line.points(), camera, cell);
            }
        }
        g.stroke();
        if (groups) {
            // borders between provinces (a layer of several, such as China-wide), heavier, as prefecture borders
            g.setStroke(style.cityBorder());
            g.setLineWidth(style.borderWidth() * 1.6);
            g.beginPath();
            for (BorderNetwork.Line line : lines) {
                if (line.kind() == BorderNetwork.Kind.GROUP && Paths.visible(line.bounds(), camera, f.width(), f.height())) {
                    Paths.line(g, line.points(), camera, cell);
                }
            }
            g.stroke();
        }

        // the prefecture outlines: where they are under HAIRLINE device pixels wide, one device pixel
        // wide with their contrast to the land scaled up to keep the same ink: Skia draws a line a
        // pixel wide as a hairline, several times cheaper than filling the outline of a wider stroke
        // (docs/performance.md, "How the app keeps its frames cheap")
        double device = Math.max(1, f.outputScale());
        double cityWidth = style.borderWidth() * 1.6;
        if (cityWidth * device < HAIRLINE) {
            g.setStroke(sameInk(style.cityBorder(), style.other(), cityWidth * device));
            g.setLineWidth(1 / device);
        } else {
            g.setStroke(style.cityBorder());
            g.setLineWidth(cityWidth);
        }
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

    /**
     * A line's colour drawn {@code width} times as wide: its difference from the land under it
     * ({@code land}) scaled by {@code width}, so a line one pixel wide carries the ink of one
     * {@code width} pixels wide over that land (over other land colours, nearly).
     */
    static Color sameInk(Color line, Color land, double width) {
        return Color.color(mix(land.getRed(), line.getRed(), width), mix(land.getGreen(), line.getGreen(), width),
                mix(land.getBlue(), line.getBlue(), width), line.getOpacity());
    }

    private static double mix(double land, double line, double width) {
        return Math.max(0, Math.min(1, land - width * (land - line)));
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
