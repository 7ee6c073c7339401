package org.mountainsseas.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.paint.Color;
import org.mountainsseas.app.World;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.map.MapCamera;
import org.mountainsseas.map.MapStyle;
import org.mountainsseas.map.Paths;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Pairing;

/**
 * The crisp frame every rasteriser candidate draws ({@link RasterBench}): the sea, every county
 * filled by its class colour (one path per colour, as the app fills), the county border network
 * stroked once, and the pairing arcs (quadratic curves, green to blue), at the home view that fits
 * the layer into {@code width × height}. Geometry stays in world pixels; each draw traces it through
 * the view with the app's level of detail (vertices snapped to half a pixel, repeats left out), so
 * every candidate pays for the same path building the app pays for on each crisp frame.
 */
final class CrispFrame {
    /** The home view's margin: the map's own ({@code MapPane.HOME_MARGIN}). */
    static final double HOME_MARGIN = 0.04;
    /** The level-of-detail grid: half a device pixel at output scale 1. */
    static final double CELL = 0.5;

    /** Where traced points go: a path of one of the rasterisers. */
    interface Sink extends Paths.Sink {
        /** A point taker: {@code moveTo} or {@code lineTo} of a rasteriser's path. */
        interface To {
            void to(double x, double y);
        }

        static Sink of(To move, To line, Runnable close) {
            return new Sink() {
                @Override
                public void moveTo(double x, double y) {
                    move.to(x, y);
                }

                @Override
                public void lineTo(double x, double y) {
                    line.to(x, y);
                }

                @Override
                public void closePath() {
                    close.run();
                }
            };
        }
    }

    /** The counties of one fill colour. */
    record Fill(Color color, List<Shape> shapes) {
    }

    /**
     * One pairing arc in screen pixels: from, control, end (stopping short of the partner, as the app
     * does), and the partner's label point, where the gradient ends.
     */
    record Arc(double x1, double y1, double cx, double cy, double x2, double y2, double px, double py) {
        /** Whether the curve (inside its control triangle) reaches into rows {@code [y0, y1)}, widened by a margin. */
        boolean reaches(int top, int bottom, double margin) {
            double min = Math.min(y1, Math.min(cy, y2)) - margin, max = Math.max(y1, Math.max(cy, y2)) + margin;
            return max >= top && min <= bottom;
        }
    }

    final int width;
    final int height;
    final double scale;
    final double tx;
    final double ty;
    final MapStyle style;
    final List<Fill> fills;
    final List<BorderNetwork.Line> borders;
    final List<Arc> arcs;

    private CrispFrame(World world, MapStyle style, int width, int height) {
        this.width = width;
        this.height = height;
        this.style = style;
        Atlas atlas = world.atlas();
        Bounds home = atlas.bounds();
        this.scale = Math.pow(2, MapCamera.fitZoom(home, width, height, HOME_MARGIN));
        this.tx = width / 2.0 - home.centerX() * scale;
        this.ty = height / 2.0 - home.centerY() * scale;
        Dataset data = world.dataset();
        Map<Color, List<Shape>> byColour = new LinkedHashMap<>();
        for (Shape s : atlas.counties()) {
            byColour.computeIfAbsent(style.fill(data.classOf(s.id())), c -> new ArrayList<>()).add(s);
        }
        List<Fill> f = new ArrayList<>();
        byColour.forEach((c, shapes) -> f.add(new Fill(c, List.copyOf(shapes))));
        this.fills = List.copyOf(f);
        this.borders = atlas.countyBorders();
        this.arcs = arcs(atlas, data);
    }

    /** The frame of a loaded world at its home view in the standard style. */
    static CrispFrame home(World world, int width, int height) {
        return new CrispFrame(world, MapStyle.standard(), width, height);
    }

    private List<Arc> arcs(Atlas atlas, Dataset data) {
        List<Pairing> onMap = new ArrayList<>();
        Map<String, Integer> countOf = new HashMap<>();
        for (Pairing p : data.pairings()) {
            if (p.onMap() && atlas.county(p.mountain()) != null && atlas.county(p.partner()) != null) {
                onMap.add(p);
                countOf.merge(p.mountain(), 1, Integer::sum);
            }
        }
        Map<String, Integer> indexOf = new HashMap<>();
        List<Arc> out = new ArrayList<>();
        for (Pairing p : onMap) {
            int index = indexOf.merge(p.mountain(), 1, Integer::sum) - 1;
            Shape a = atlas.county(p.mountain());
            Shape b = atlas.county(p.partner());
            double x1 = screenX(a.labelX()), y1 = screenY(a.labelY());
            double x2 = screenX(b.labelX()), y2 = screenY(b.labelY());
            double[] c = ArcGeometry.control(x1, y1, x2, y2, ArcGeometry.fanBend(index, countOf.get(p.mountain())));
            double t = 0.93;
            double[] end = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, t);
            out.add(new Arc(x1, y1, x1 + (c[0] - x1) * t, y1 + (c[1] - y1) * t, end[0], end[1], x2, y2));
        }
        return List.copyOf(out);
    }

    double screenX(double worldX) {
        return tx + worldX * scale;
    }

    double screenY(double worldY) {
        return ty + worldY * scale;
    }

    /** The arcs' colours at their resting opacity (the app's 0.75 with nothing selected). */
    Color arcFrom() {
        return style.arcMountain().deriveColor(0, 1, 1, 0.75);
    }

    Color arcTo() {
        return style.arcSea().deriveColor(0, 1, 1, 0.75);
    }

    int vertexCount() {
        int n = 0;
        for (Fill f : fills) {
            for (Shape s : f.shapes()) {
                for (double[] r : s.rings()) {
                    n += r.length / 2;
                }
            }
        }
        return n;
    }

    /** Whether world bounds reach into the screen rows {@code [y0, y1)}. */
    boolean visible(Bounds b, int y0, int y1) {
        double x1 = screenX(b.minX()), x2 = screenX(b.maxX());
        double top = screenY(b.minY()), bottom = screenY(b.maxY());
        return x2 >= 0 && x1 <= width && bottom >= y0 && top <= y1;
    }

    /** Adds the closed rings of the shapes that reach into rows {@code [y0, y1)}. */
    void traceShapes(Sink sink, List<Shape> shapes, int y0, int y1) {
        for (Shape s : shapes) {
            if (visible(s.bounds(), y0, y1)) {
                for (double[] r : s.rings()) {
                    trace(sink, r);
                    sink.closePath();
                }
            }
        }
    }

    /** Adds the border lines that reach into rows {@code [y0, y1)}. */
    void traceBorders(Sink sink, int y0, int y1) {
        for (BorderNetwork.Line line : borders) {
            if (visible(line.bounds(), y0, y1)) {
                trace(sink, line.points());
            }
        }
    }

    /** The app's level of detail ({@link Paths#trace}): each vertex snapped to the half-pixel grid, repeats left out. */
    void trace(Sink sink, double[] points) {
        Paths.trace(sink, points, scale, tx, ty, CELL);
    }

    /** A colour as a non-premultiplied ARGB int (Java2D's and Skia's colour). */
    static int argb(Color c) {
        return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
    }
}
