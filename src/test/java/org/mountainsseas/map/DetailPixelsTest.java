package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.Detail;
import org.mountainsseas.geo.DetailBands;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Text;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The levels of detail by pixels: at each zoom band the simplified county fills still meet (no sea
 * along a border inside the land), and far out a layer of two provinces shows the border between
 * them and leaves out county borders closer together than a few pixels.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DetailPixelsTest {
    private static final GeometryFactory F = new GeometryFactory();
    private static final int W = 900, H = 700;
    private AppState state;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
    }

    /** The painters drawn on a canvas of their own, the camera showing world point (wx, wy) in the middle at {@code scale}. */
    private Image paint(FxRobot robot, Atlas atlas, double wx, double wy, double scale, boolean borders) {
        Image[] out = new Image[1];
        robot.interact(() -> {
            MapCamera camera = new MapCamera();
            camera.show(wx, wy, Math.log(scale) / Math.log(2), W / 2.0, H / 2.0);
            MapContext context = new MapContext(state, camera, atlas, MapStyle.standard(), new YearFade(state), Map.of());
            Canvas canvas = new Canvas(W, H);
            Surface g = new FxSurface(canvas.getGraphicsContext2D());
            Frame frame = new Frame(g, W, H, 1);
            List<MapPainter> painters = borders ? List.of(new LandPainter(context), new BorderPainter(context)) : List.of(new LandPainter(context));
            for (MapPainter p : painters) {
                g.save();
                p.paint(frame);
                g.restore();
            }
            out[0] = canvas.snapshot(null, null);
        });
        return out[0];
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()), Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    /**
     * Whether a pixel is more what lies under the counties (the sea, or the province's own outline
     * among the neighbours' fills) than any county's fill. The canvas smooths every fill, so where
     * two fills meet exactly a little of what is under shows anyway (a quarter at most); through a
     * gap, more.
     */
    private static boolean showsThrough(Color c) {
        MapStyle s = MapStyle.standard();
        double under = Math.min(distance(c, s.sea()), distance(c, s.neighbourFill()));
        double fill = Math.min(distance(c, s.mountain()), Math.min(distance(c, s.partner()), distance(c, s.other())));
        return under < fill;
    }

    @Test
    void atEveryBandTheSimplifiedFillsOfNeighboursMeetAsWellAsTheFullOnes(FxRobot robot) {
        Atlas atlas = TestWorld.bundled().atlas();
        List<Geometry> all = new ArrayList<>();
        atlas.counties().forEach(s -> all.add(s.geometry()));
        Geometry land = CoverageUnion.union(F.buildGeometry(all));
        Bounds b = atlas.bounds();
        double cx = (b.minX() + b.maxX()) / 2, cy = (b.minY() + b.maxY()) / 2;
        // bands at which the province is wide enough on screen to have borders well inside it
        for (int k = 5; k <= DetailBands.FINEST; k++) {
            double scale = Math.pow(2, k) * 0.75;
            var inside = new IndexedPointInAreaLocator(land.buffer(-3 / scale));
            // an atlas whose bands are not worked out yet draws its own shapes: the same frame in full
            Atlas unbanded = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
            int[] full = showThrough(paint(robot, unbanded, cx, cy, scale, false), atlas, inside, cx, cy, scale);
            atlas.bands().band(k);
            int[] band = showThrough(paint(robot, atlas, cx, cy, scale, false), atlas, inside, cx, cy, scale);
            assertTrue(full[1] > 500, "band " + k + ": enough border inside the land to look at (" + full[1] + " pixels)");
            assertTrue(band[0] <= full[0] * 1.25 + 5, "band " + k + ": what lies under the counties shows through at " + band[0]
                    + " of " + band[1] + " pixels along the borders inside the land, in full at " + full[0] + " of " + full[1]);
        }
    }

    @Test
    void aBandIsDrawnOnceReadyAndUntilThenTheFullShapesWithARepaintWhenItIs(FxRobot robot) throws Exception {
        Atlas atlas = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        Bounds b = atlas.bounds();
        double cx = (b.minX() + b.maxX()) / 2, cy = (b.minY() + b.maxY()) / 2, scale = Math.pow(2, 5) * 0.75;
        MapCamera camera = new MapCamera();
        camera.show(cx, cy, Math.log(scale) / Math.log(2), W / 2.0, H / 2.0);
        MapContext context = new MapContext(state, camera, atlas, MapStyle.standard(), new YearFade(state), Map.of());
        LandPainter land = new LandPainter(context);
        java.util.concurrent.CountDownLatch repainted = new java.util.concurrent.CountDownLatch(1);
        land.attach(repainted::countDown);
        Frame frame = new Frame(null, W, H, 1);
        Detail[] before = new Detail[1];
        robot.interact(() -> before[0] = Paths.detail(atlas, camera, frame, land));
        assertSame(atlas.fullDetail(), before[0], "before the band is ready: the full shapes, and no wait");
        assertTrue(repainted.await(30, java.util.concurrent.TimeUnit.SECONDS), "the map repaints once the band is ready");
        Detail[] after = new Detail[1];
        robot.interact(() -> after[0] = Paths.detail(atlas, camera, frame, land));
        assertSame(atlas.bands().band(5), after[0], "then the band");
        // and by pixels: the land drawn from the band is not the land drawn in full
        Atlas unbanded = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        PixelReader full = paint(robot, unbanded, cx, cy, scale, false).getPixelReader();
        PixelReader band = paint(robot, atlas, cx, cy, scale, false).getPixelReader();
        int differ = 0;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (!full.getColor(x, y).equals(band.getColor(x, y))) {
                    differ++;
                }
            }
        }
        assertTrue(differ > 100, "the band's simplified coast and borders show (" + differ + " pixels differ)");
    }

    /**
     * How many of the pixels the borders inside the land pass through show what lies under the
     * counties (the first number), of how many (the second).
     */
    private static int[] showThrough(Image frame, Atlas atlas, IndexedPointInAreaLocator inside, double cx, double cy, double scale) {
        PixelReader px = frame.getPixelReader();
        boolean[] seen = new boolean[W * H];
        int[] out = new int[2];
        for (BorderNetwork.Line line : atlas.countyBorders()) {
            double[] p = line.points();
            for (int i = 0; line.kind() != BorderNetwork.Kind.EDGE && i + 3 < p.length; i += 2) {
                // every half pixel along the true border
                int steps = (int) Math.ceil(Math.hypot(p[i + 2] - p[i], p[i + 3] - p[i + 1]) * scale * 2);
                for (int t = 0; t < steps; t++) {
                    double x = p[i] + (p[i + 2] - p[i]) * t / steps, y = p[i + 1] + (p[i + 3] - p[i + 1]) * t / steps;
                    int sx = (int) Math.floor(W / 2.0 + (x - cx) * scale), sy = (int) Math.floor(H / 2.0 + (y - cy) * scale);
                    if (sx < 0 || sy < 0 || sx >= W || sy >= H || seen[sy * W + sx]
                            || inside.locate(new Coordinate(x, y)) != Location.INTERIOR) {
                        continue;
                    }
                    seen[sy * W + sx] = true;
                    out[1]++;
                    if (showsThrough(px.getColor(sx, sy))) {
                        out[0]++;
                    }
                }
            }
        }
        return out;
    }

    /** A county of the grid: a square 0.25° across, column {@code col} and row {@code row} from (110° E, 30° N). */
    private static Boundary square(String adcode, int col, int row) {
        double x = 110 + col * 0.25, y = 30 + row * 0.25;
        double[] ring = {x, y, x + 0.25, y, x + 0.25, y + 0.25, x, y + 0.25, x, y};
        return new Boundary(adcode, new Text(adcode, adcode), Boundary.Kind.COUNTY, List.of(List.of(ring)), List.of());
    }

    @Test
    void farOutAProvinceBorderIsDrawnAndCountyBordersAFewPixelsApartAreNot(FxRobot robot) {
        // two provinces side by side, each four by four counties
        List<Boundary> grid = new ArrayList<>();
        for (int col = 0; col < 8; col++) {
            for (int row = 0; row < 4; row++) {
                grid.add(square((col < 4 ? "11" : "12") + String.format("%04d", col * 4 + row + 1), col, row));
            }
        }
        Atlas atlas = Atlas.build(grid, List.of());
        Shape corner = atlas.county("110001");
        double county = corner.bounds().width();
        Bounds b = atlas.bounds();
        double cx = (b.minX() + b.maxX()) / 2, cy = (b.minY() + b.maxY()) / 2;
        MapStyle style = MapStyle.standard();
        double[] sizes = {3, 20};
        for (double pixels : sizes) {
            double scale = pixels / county;
            atlas.bands().band(DetailBands.bandOf(scale));
            PixelReader px = paint(robot, atlas, cx, cy, scale, true).getPixelReader();
            int y = H / 2 + (int) Math.round(county * scale / 2);
            // column 4's left edge is the provinces' border; column 2's a county border inside province 11
            int province = (int) Math.round(W / 2.0);
            int inner = (int) Math.round(W / 2.0 - 2 * county * scale);
            Color fill = px.getColor(inner - (int) Math.max(1, county * scale / 2), y);
            double provinceInk = 0, innerInk = 0;
            for (int dx = -1; dx <= 1; dx++) {
                provinceInk = Math.max(provinceInk, 1 - distance(px.getColor(province + dx, y), style.cityBorder()));
                innerInk = Math.max(innerInk, distance(px.getColor(inner + dx, y), fill));
            }
            assertTrue(provinceInk > 0.8, pixels + " px counties: the province border is drawn (" + provinceInk + ")");
            if (pixels < BorderPainter.APART) {
                assertTrue(innerInk < 0.01, pixels + " px counties: no county border (" + innerInk + ")");
            } else {
                assertTrue(innerInk > 0.03, pixels + " px counties: county borders drawn (" + innerInk + ")");
            }
        }
    }
}
