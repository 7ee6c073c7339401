package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PathsTest {
    /** Collects traced points as {x, y} pairs. */
    private static final class Points implements Paths.Sink {
        final List<double[]> points = new ArrayList<>();

        @Override
        public void moveTo(double x, double y) {
            points.add(new double[] {x, y});
        }

        @Override
        public void lineTo(double x, double y) {
            points.add(new double[] {x, y});
        }

        @Override
        public void closePath() {
        }
    }

    private static MapCamera camera(double zoom) {
        MapCamera camera = new MapCamera();
        camera.show(0, 0, zoom, 3.3, 7.7);
        return camera;
    }

    /** x = 10 from y = 0 to 10, with vertices at random, uneven spacing (always the same ones). */
    private static double[] sharedBorder() {
        Random random = new Random(7);
        List<Double> ys = new ArrayList<>();
        for (double y = 0; y < 10; y += 0.001 + random.nextDouble() * 0.05) {
            ys.add(y);
        }
        ys.add(10.0);
        double[] line = new double[ys.size() * 2];
        for (int i = 0; i < ys.size(); i++) {
            line[2 * i] = 10 + random.nextDouble() * 1e-3;
            line[2 * i + 1] = ys.get(i);
        }
        return line;
    }

    /** The points a line is traced through, on a half-pixel grid. */
    private static List<double[]> traced(double[] line, MapCamera camera) {
        Points out = new Points();
        Paths.trace(out, line, camera, 0.5);
        return out.points;
    }

    private static double[] reversed(double[] line) {
        double[] r = new double[line.length];
        for (int i = 0; i < line.length; i += 2) {
            r[line.length - 2 - i] = line[i];
            r[line.length - 1 - i] = line[i + 1];
        }
        return r;
    }

    @Test
    void aBorderTracedEitherWayRoundPassesThroughTheSamePoints() {
        double[] border = sharedBorder();
        MapCamera camera = camera(2.3);
        List<double[]> forward = traced(border, camera);
        List<double[]> back = traced(reversed(border), camera);
        Collections.reverse(back);
        assertEquals(forward.size(), back.size(), "the same number of points");
        for (int i = 0; i < back.size(); i++) {
            assertEquals(forward.get(i)[0], back.get(i)[0], 0, "x of point " + i);
            assertEquals(forward.get(i)[1], back.get(i)[1], 0, "y of point " + i);
        }
    }

    @Test
    void verticesCloserThanACellAreLeftOutAndTheRestSitOnTheGrid() {
        double[] border = sharedBorder();
        List<double[]> out = traced(border, camera(2.3));
        int vertices = border.length / 2;
        // 10 world px at 2^2.3 ≈ 49 screen px, in half-pixel cells: about 100 cells for ~400 vertices
        assertTrue(out.size() < vertices / 2, out.size() + " of " + vertices + " kept");
        assertTrue(out.size() > 90, "one point per cell crossed, not fewer: " + out.size());
        double[] previous = null;
        for (double[] p : out) {
            assertEquals(0, p[0] * 2 % 1, 0, "on the half-pixel grid");
            assertEquals(0, p[1] * 2 % 1, 0, "on the half-pixel grid");
            assertTrue(previous == null || previous[0] != p[0] || previous[1] != p[1], "no point twice in a row");
            previous = p;
        }
    }

    @Test
    void verticesPixelsApartAreAllKeptAndMoveAtMostAQuarterPixel() {
        double[] border = sharedBorder();
        MapCamera camera = camera(9);
        List<double[]> out = traced(border, camera);
        assertEquals(border.length / 2, out.size(), "zoomed in, every vertex is a cell apart");
        for (int i = 0; i < out.size(); i++) {
            assertEquals(camera.screenX(border[2 * i]), out.get(i)[0], 0.25 + 1e-9);
            assertEquals(camera.screenY(border[2 * i + 1]), out.get(i)[1], 0.25 + 1e-9);
        }
    }
}
