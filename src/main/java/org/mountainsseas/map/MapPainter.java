package org.mountainsseas.map;

/**
 * One kind of thing on the map (land, borders, arcs …), drawn by {@link #paint} onto every crisp
 * frame of its {@link MapCanvas}, in the canvas's order, over what the painters before it drew.
 */
public abstract class MapPainter {
    protected final MapContext context;
    protected final MapCamera camera;
    private long paints;
    private long paintNanos;
    /** The paints {@link #paintNanos} counts (since the last {@link #resetTimes}). */
    private long timed;
    private volatile long rasterNanos;
    private volatile long rastered;
    private Runnable repaint = () -> { };

    protected MapPainter(MapContext context) {
        this.context = context;
        this.camera = context.camera;
    }

    /**
     * Paints this painter's part of a crisp frame; called on the FX thread during the map's layout,
     * at most once per pulse, with the surface's settings reset.
     */
    protected abstract void paint(Frame frame);

    /** The map's style now: read while painting, never kept (a theme change repaints the same painters). */
    protected final MapStyle style() {
        return context.style();
    }

    final void paintOn(Frame frame) {
        long start = PainterClock.now();
        paint(frame);
        paintNanos += PainterClock.now() - start;
        timed++;
        paints++;
    }

    /** Counts the time a rasteriser took, off the FX thread, to draw what this painter recorded. */
    final void rastered(long nanos) {
        rasterNanos += nanos;
        rastered++;
    }

    /** Called by the canvas that paints this painter. */
    final void attach(Runnable repaint) {
        this.repaint = repaint;
    }

    /** Asks the map for a crisp repaint on the next pulse. */
    public final void invalidate() {
        repaint.run();
    }

    /** The mean time this painter took per frame on the FX thread (painting, or recording), in ms of thread CPU ({@link PainterClock}: 0 unless on; for the benchmark). */
    public double meanPaintMillis() {
        return timed == 0 ? 0 : paintNanos / 1e6 / timed;
    }

    /** The mean time a rasteriser took per frame off the FX thread to draw this painter's part, in ms of thread CPU ({@link PainterClock}); 0 on the canvas. */
    public double meanRasterMillis() {
        long n = rastered;
        return n == 0 ? 0 : rasterNanos / 1e6 / n;
    }

    /** Starts this painter's mean times afresh (for the benchmark: the crisp frames of one phase). */
    public void resetTimes() {
        paintNanos = 0;
        timed = 0;
        rasterNanos = 0;
        rastered = 0;
    }

    /** How many frames this painter has painted (for tests and benchmarks). */
    public long paintCount() {
        return paints;
    }
}
