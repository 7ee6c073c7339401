package org.mountainsseas.map;

/**
 * One crisp frame being painted: the surface, its size in canvas units and the output scale of
 * the screen it is shown on (above 1 on a HiDPI screen).
 */
public record Frame(Surface g, double width, double height, double outputScale) {
    /**
     * Half a device pixel in canvas units: the level-of-detail grid of {@link Paths}, so that what
     * it leaves out stays below what shows.
     */
    public double cell() {
        return 0.5 / Math.max(1, outputScale);
    }

    /** Whether the frame is shown at one device pixel per unit (then prepared bitmaps are copied unscaled). */
    public boolean unscaled() {
        return outputScale == 1;
    }
}
