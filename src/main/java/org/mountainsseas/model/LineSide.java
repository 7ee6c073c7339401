package org.mountainsseas.model;

/** Which side of the Qingda Line a county lies on, from its geometry; {@code southWestShare} is the share of its area (0–1). */
public record LineSide(Side side, double southWestShare) {

    /** The classification. */
    public enum Side { SOUTH_WEST, NORTH_EAST, STRADDLES }

    /** Shares within this distance of 0 or 1 count as wholly on one side. */
    public static final double WHOLLY = 0.01;

    public static LineSide ofShare(double southWestShare) {
        Side side = southWestShare >= 1 - WHOLLY ? Side.SOUTH_WEST
                : southWestShare <= WHOLLY ? Side.NORTH_EAST : Side.STRADDLES;
        return new LineSide(side, southWestShare);
    }
}
