package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
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
 * All band work runs on one daemon thread of minimum priority, and only once the bands may start
 * ({@link #startAfter}: the app's first frame is on screen), so it never competes with the first
 * frame. The app then reads the bands the layer cache keeps, or works every band out and keeps them
 * ({@link #afterStart}, {@link LayerCodec#encodeBands}). A map never waits for a band: until it is
 * ready the atlas's own shapes serve, and a band nobody is preparing is worked out on that thread
 * when first asked for.
 */
public final class DetailBands {
    /**
     * Whether maps draw the bands and loads prepare them: yes unless
     * {@code -Dmountainsseas.detailBands=false}. They are worked out, or read from the layer cache,
     * only after the first frame is on screen, so the first frame draws the full shapes and does not
     * wait for them (docs/performance.md).
     */
    public static final boolean ON = on(System.getProperty("mountainsseas.detailBands"));
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
    private final List<CompletableFuture<Void>> ready = new ArrayList<>();
    private volatile boolean preparing;
    /** When band work may start: at once, unless {@link #startAfter} says otherwise. */
    private volatile CompletableFuture<?> start = CompletableFuture.completedFuture(null);

    /** @param full the atlas's own shapes and border network, the detail beyond every band */
    DetailBands(List<Shape> counties, Supplier<Detail> full) {
        this.counties = List.copyOf(counties);
        this.full = full;
        for (int k = 0; k <= FINEST; k++) {
            ready.add(new CompletableFuture<>());
        }
    }

    /** Whether the bands are on for this value of {@code mountainsseas.detailBands}: anything but "false" (absent included). */
    static boolean on(String property) {
        return !"false".equals(property);
    }

    /**
     * No band work starts before {@code go} completes (the app's first frame on screen): a band
     * asked for meanwhile is served by the full shapes and worked out after. Called before anything
     * asks for a band.
     */
    public void startAfter(CompletionStage<?> go) {
        start = go.toCompletableFuture();
    }

    /**
     * Runs {@code task} once band work may start, on the bands' thread (one daemon thread of minimum
     * priority), and leaves the bands asked for meanwhile to it: the task restores them (from the
     * layer cache) or works them out ({@link #prepare}). A band it leaves unknown is worked out after
     * it, if asked for. The returned stage ends when the task has.
     */
    public CompletableFuture<Void> afterStart(Runnable task) {
        preparing = true;
        return start.thenRunAsync(() -> {
            try {
                task.run();
            } finally {
                preparing = false;
                for (int k = COARSEST; k <= FINEST; k++) {
                    if (asked.get(k) != null && bands.get(k) == null) {
                        int band = k;
                        WORKER.execute(() -> band(band));
                    }
                }
            }
        }, WORKER);
    }

    /** Runs on the bands' thread after every band task queued before it (tests). */
    static void drain() {
        CompletableFuture.runAsync(() -> { }, WORKER).join();
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
     * shapes; the first time a band is asked for and is not ready, {@code whenReady} runs (on a
     * background thread) once it is, and if nobody is preparing the bands it is worked out in the
     * background. Never waits.
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
            ready.get(k).thenRun(whenReady);
            if (!preparing) {
                start.thenRunAsync(() -> band(k), WORKER);
            }
        }
        return full.get();
    }

    /**
     * Band {@code k} ({@value #COARSEST}–{@value #FINEST}), worked out now if it is not yet (a caller
     * waits while another thread works one out, so no band is worked out twice).
     */
    public Detail band(int k) {
        if (k < COARSEST || k > FINEST) {
            throw new IllegalArgumentException("no band " + k);
        }
        Detail d = bands.get(k);
        if (d != null) {
            return d;
        }
        synchronized (this) {
            d = bands.get(k);
            if (d == null) {
                d = simplify(tolerance(k), finerThan(k));
                set(k, d);
            }
            return d;
        }
    }

    /**
     * Works out every band not known yet, finest first (each from the one before), on the calling
     * thread; maps showing this layer take each band as it becomes ready.
     */
    public void prepare() {
        for (int k = FINEST; k >= COARSEST; k--) {
            band(k);
        }
    }

    /** Whether every band is known (worked out, or read back from the layer cache). */
    public boolean complete() {
        for (int k = COARSEST; k <= FINEST; k++) {
            if (bands.get(k) == null) {
                return false;
            }
        }
        return true;
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

    /** Band {@code k} if known, else null; the full detail (tolerance 0) where the atlas's own shapes serve it. */
    Detail known(int k) {
        return bands.get(k);
    }

    /** Band {@code k} read back from the layer cache; null: the atlas's own shapes serve it. */
    void restore(int k, Detail d) {
        set(k, d == null ? full.get() : d);
    }

    private void set(int k, Detail d) {
        bands.compareAndSet(k, null, d);
        ready.get(k).complete(null);
    }

    /**
     * The shapes to simplify band {@code k} from: the next finer band, worked out first if need be (a
     * coverage simplified again stays a coverage, and has fewer vertices to go through), else the
     * atlas's own. Always the same shapes, whichever band is asked for first, so a band worked out
     * in the app is the band the layer cache keeps.
     */
    private List<Shape> finerThan(int k) {
        if (k < FINEST) {
            Detail d = band(k + 1);
            if (d.tolerance() > 0) {
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
