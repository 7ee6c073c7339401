package org.mountainsseas.map;

/**
 * One kind of thing on the map (land, borders, arcs …), drawn by {@link #paint} onto every crisp
 * frame of its {@link MapCanvas}, in the canvas's order, over what the painters before it drew.
 */
public abstract class MapPainter {
    protected final MapContext context;
    protected final MapCamera camera;
    private long paints;
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
        paint(frame);
        paints++;
    }

    /** Called by the canvas that paints this painter. */
    final void attach(Runnable repaint) {
        this.repaint = repaint;
    }

    /** Asks the map for a crisp repaint on the next pulse. */
    public final void invalidate() {
        repaint.run();
    }

    /** How many frames this painter has painted (for tests and benchmarks). */
    public long paintCount() {
        return paints;
    }
}
