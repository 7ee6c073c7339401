package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.testing.SameLayers;

class DetailBandsTest {
    private static Atlas atlas;

    @BeforeAll
    static void load() {
        atlas = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
    }

    private static Geometry[] geometries(Detail d) {
        return d.counties().stream().map(Shape::geometry).toArray(Geometry[]::new);
    }

    /** Whether the polygons form a coverage: edges matched vertex for vertex, no overlap, no gap narrower than {@code gap}. */
    private static boolean coverage(Geometry[] polygons, double gap) {
        for (Geometry invalid : CoverageValidator.validate(polygons, gap)) {
            if (invalid != null) {
                return false;
            }
        }
        return true;
    }

    private static int segments(Iterable<double[]> arrays) {
        int n = 0;
        for (double[] a : arrays) {
            n += a.length / 2 - 1;
        }
        return n;
    }

    @Test
    void everyBandIsAValidCoverageWithoutGapsOrOverlaps() {
        Geometry[] full = geometries(atlas.fullDetail());
        assertTrue(coverage(full, 1e-4), "the bundled counties are a coverage to begin with");
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            Detail d = atlas.bands().band(k);
            assertNotSame(atlas.fullDetail(), d, "band " + k + " simplifies the 9.8 k vertices");
            Geometry[] band = geometries(d);
            assertEquals(full.length, band.length);
            for (int i = 0; i < band.length; i++) {
                assertTrue(band[i].isValid(), "band " + k + ": " + d.counties().get(i).id() + " is a valid polygon");
            }
            // neighbours simplified apart would cross (an overlap) or leave slivers of sea between them (a gap);
            // a wider gap width would take narrow bays of the coast for gaps
            assertTrue(coverage(band, 1e-4), "band " + k + " leaves no gap and no overlap");
        }
    }

    @Test
    void eachSharedBorderIsTheSameOnBothSides() {
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            Detail d = atlas.bands().band(k);
            int rings = 0;
            for (Shape s : d.counties()) {
                rings += segments(s.rings());
            }
            int edge = 0, shared = 0;
            for (BorderNetwork.Line line : d.borders()) {
                int n = line.points().length / 2 - 1;
                if (line.kind() == BorderNetwork.Kind.EDGE) {
                    edge += n;
                } else {
                    shared += n;
                }
            }
            // a shared segment is in both neighbours' rings, vertex for vertex; any other is on the coast
            assertEquals(rings, edge + 2 * shared, "band " + k + ": every segment of a ring is shared exactly or on the edge");
            assertTrue(shared > edge, "band " + k + ": most borders are shared (" + shared + " shared, " + edge + " on the edge)");
        }
    }

    @Test
    void coarserBandsKeepFewerVertices() {
        long last = atlas.fullDetail().vertices();
        for (int k = DetailBands.FINEST; k >= DetailBands.COARSEST; k--) {
            long n = atlas.bands().band(k).vertices();
            assertTrue(n <= last, "band " + k + " keeps " + n + ", the finer one " + last);
            last = n;
        }
        assertTrue(last < atlas.fullDetail().vertices() / 5, "the coarsest band keeps a fifth or less: " + last);
    }

    @Test
    void aBandsToleranceIsBetweenHalfAndOneDevicePixelAtEveryScaleItServes() {
        for (double scale = 4.1; scale < 128; scale *= 1.37) {
            int k = DetailBands.bandOf(scale);
            double pixels = DetailBands.tolerance(k) * scale;
            assertTrue(pixels > 0.5 * DetailBands.PIXELS && pixels <= DetailBands.PIXELS, "scale " + scale + ": " + pixels + " px");
        }
        assertEquals(-1, DetailBands.bandOf(Math.pow(2, DetailBands.FINEST) * 1.01), "zoomed in beyond every band: the full shapes");
        assertEquals(DetailBands.COARSEST, DetailBands.bandOf(0.5), "farther out than the coarsest band: it serves");
    }

    @Test
    void aBandIsTheSameWhicheverBandIsAskedForFirst() {
        // the app prepares finest first; a map may ask for a coarse band first: the layer cache keeps one answer
        Atlas coarseFirst = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        Detail two = coarseFirst.bands().band(DetailBands.COARSEST);
        Atlas prepared = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        prepared.bands().prepare();
        SameLayers.assertSameBands(prepared, coarseFirst);
        assertSame(two, coarseFirst.bands().band(DetailBands.COARSEST));
    }

    @Test
    void theFullShapesServeUntilTheBandIsReadyThenTheBand() throws Exception {
        Atlas fresh = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        CountDownLatch ready = new CountDownLatch(1);
        double scale = Math.pow(2, 5) * 0.9;
        Detail first = fresh.detail(scale, ready::countDown);
        assertTrue(ready.await(30, TimeUnit.SECONDS), "the band is worked out in the background");
        assertTrue(first == fresh.fullDetail() || first == fresh.bands().band(5), "before: the full shapes (or a very quick band)");
        assertSame(fresh.bands().band(5), fresh.detail(scale, () -> { }), "after: the band");
        assertTrue(!fresh.detailPending(), "nothing left to work out");
    }

    @Test
    void theBandsAreOnUnlessSwitchedOff() {
        assertTrue(DetailBands.on(null), "on by default");
        assertTrue(DetailBands.on("true"));
        assertTrue(!DetailBands.on("false"), "-Dmountainsseas.detailBands=false switches them off");
    }

    @Test
    void noBandWorkStartsBeforeItsStartAndAMapNeverWaitsMeanwhile() throws Exception {
        Atlas held = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        held.bands().startAfter(firstFrame);
        CountDownLatch ready = new CountDownLatch(1);
        double scale = Math.pow(2, 5) * 0.9;
        // asked for before any task is queued: the band is worked out on its own, after the start
        assertSame(held.fullDetail(), held.detail(scale, ready::countDown), "the map draws the full shapes at once");
        assertTrue(held.detailPending(), "and will repaint once the band is ready");
        AtomicInteger tasks = new AtomicInteger();
        CompletableFuture<Void> kept = held.bands().afterStart(tasks::incrementAndGet);
        // everything already queued on the bands' thread has run: nothing was, before the start
        DetailBands.drain();
        assertEquals(0, tasks.get(), "the task waits for the start");
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            assertNull(held.bands().known(k), "no band " + k + " before the start");
        }
        firstFrame.complete(null);
        kept.get(30, TimeUnit.SECONDS);
        assertEquals(1, tasks.get(), "the task ran once the start came");
        assertTrue(ready.await(60, TimeUnit.SECONDS), "the band asked for is worked out once the start came");
        assertSame(held.bands().band(5), held.detail(scale, () -> { }));
    }

    @Test
    void aBandAskedForWhileATaskIsQueuedIsWorkedOutAfterItIfTheTaskLeftIt() throws Exception {
        Atlas held = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        CompletableFuture<Void> firstFrame = new CompletableFuture<>();
        held.bands().startAfter(firstFrame);
        // a task that finds nothing to restore (a layer cache without a bands file that then fails to work them out)
        CompletableFuture<Void> task = held.bands().afterStart(() -> { });
        CountDownLatch ready = new CountDownLatch(1);
        assertSame(held.fullDetail(), held.detail(Math.pow(2, 4) * 0.9, ready::countDown));
        firstFrame.complete(null);
        task.get(30, TimeUnit.SECONDS);
        assertTrue(ready.await(60, TimeUnit.SECONDS), "the band asked for is worked out after the task");
        assertTrue(!held.detailPending(), "nothing left pending: a map waiting to settle does not wait forever");
    }
}
