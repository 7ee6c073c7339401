package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Geometry;

/**
 * The county layer simplified once per zoom band, so a map far out draws a fraction of the vertices.
 * Band {@code k} serves scales up to 2<sup>k</sup> device pixels per world pixel with a tolerance of
 * {@value #PIXELS} device pixel at that scale ({@value #PIXELS}/2<sup>k</sup> world pixels): between
 * half and one device pixel at any scale it serves. The whole coverage is simplified in one go
 * (JTS's {@link CoverageSimplifier}, topology-preserving Visvalingam–Whyatt): each border two
 * counties share is simplified once, both are rebuilt from it, and no ring crosses another. A band
 * that would keep nearly every vertex is not kept: the atlas's own shapes serve it.
 * <p>
 * A band is worked out when first asked for, on one background thread (about a second and a half
 * for the China-wide layer's 425 k vertices); until it is ready the atlas's own shapes serve.
 */
public final class DetailBands {
    /** The tolerance at a band's largest scale, in device pixels. */
    public static final double PIXELS = 1.0;
    /** The finest band: beyond it simplification keeps nearly everything (China-wide at 2^8: 96 %). */
    public static final int FINEST = 7;
    /** The coarsest band: farther out, its shapes serve (there are few vertices left to save). */
    public static final int COARSEST = 2;
    /** A band keeping more than this share of the vertices is not worth keeping. */
    private static final double WORTH = 0.85;
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "detail-bands");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });

    private final Supplier<Detail> full;
    private final List<Shape> counties;
    private final AtomicReferenceArray<Detail> bands = new AtomicReferenceArray<>(FINEST + 1);
    private final AtomicReferenceArray<Boolean> asked = new AtomicReferenceArray<>(FINEST + 1);

    /** @param full the atlas's own shapes and border network, the detail beyond every band */
    DetailBands(List<Shape> counties, Supplier<Detail> full) {
        this.counties = List.copyOf(counties);
        this.full = full;
    }

    /** The band serving {@code scale} device pixels per world pixel, or -1 beyond the finest (the full shapes). */
    public static int bandOf(double scale) {
        int k = (int) Math.ceil(Math.log(scale) / Math.log(2) - 1e-9);
        return k > FINEST ? -1 : Math.max(COARSEST, k);
    }

    /** A band's tolerance in world pixels. */
    public static double tolerance(int band) {
        return PIXELS / Math.pow(2, band);
    }

    /**
     * The detail for {@code scale} device pixels per world pixel: its band if ready, else the full
     * shapes, and the band is then worked out in the background, after which {@code whenReady} runs
     * (on that thread).
     */
    public Detail forScale(double scale, Runnable whenReady) {
        int k = bandOf(scale);
        if (k < 0) {
            return full.get();
        }
        Detail d = bands.get(k);
        if (d != null) {
            return d;
        }
        if (asked.compareAndSet(k, null, Boolean.TRUE)) {
            WORKER.execute(() -> {
                band(k);
                whenReady.run();
            });
        }
        return full.get();
    }

    /** Band {@code k} ({@value #COARSEST}–{@value #FINEST}), worked out now if it is not yet. */
    public Detail band(int k) {
        if (k < COARSEST || k > FINEST) {
            throw new IllegalArgumentException("no band " + k);
        }
        Detail d = bands.get(k);
        if (d == null) {
            d = simplify(tolerance(k), finerThan(k));
            bands.compareAndSet(k, null, d);
            d = bands.get(k);
        }
        return d;
    }

    /** Whether a band has been asked for and is not ready yet (the map will repaint when it is). */
    public boolean pending() {
        for (int k = COARSEST; k <= FINEST; k++) {
            if (asked.get(k) != null && bands.get(k) == null) {
                return true;
            }
        }
        return false;
    }

    /**
     * The shapes to simplify band {@code k} from: the nearest finer band that is ready (a coverage
     * simplified again stays a coverage, and has fewer vertices to go through), else the atlas's own.
     */
    private List<Shape> finerThan(int k) {
        Detail whole = full.get();
        for (int j = k + 1; j <= FINEST; j++) {
            Detail d = bands.get(j);
            if (d != null && d != whole) {
                return d.counties();
            }
        }
        return counties;
    }

    private Detail simplify(double tolerance, List<Shape> from) {
        Detail whole = full.get();
        Geometry[] coverage = new Geometry[from.size()];
        for (int i = 0; i < coverage.length; i++) {
            coverage[i] = from.get(i).geometry();
        }
        Geometry[] simplified;
        try {
            simplified = CoverageSimplifier.simplify(coverage, tolerance);
        } catch (RuntimeException e) {
            // a layer JTS cannot simplify as a coverage is drawn in full: slower, never wrong
            return whole;
        }
        List<Shape> out = new ArrayList<>(coverage.length);
        for (int i = 0; i < coverage.length; i++) {
            Geometry g = simplified[i];
            if (g == null || g.isEmpty() || g.getDimension() != 2) {
                return whole;
            }
            out.add(Detail.shape(counties.get(i).id(), g));
        }
        Detail d = new Detail(tolerance, out, null);
        if (d.vertices() > WORTH * whole.vertices()) {
            return whole;
        }
        d.borders();
        return d;
    }
}
