package org.mountainsseas.export;

/** Picks a round scale-bar length. Pure. */
public final class ScaleBar {
    private ScaleBar() {
    }

    /** The bar: a round ground length in km and its length in the same units as {@code maxLength}. */
    public record Bar(double km, double length) {
        public String label() {
            return km >= 1 ? (long) km + " km" : Math.round(km * 1000) + " m";
        }
    }

    /**
     * The longest 1, 2 or 5 × 10ⁿ length that fits in {@code maxLength} drawing units, where one
     * unit is {@code metresPerUnit} on the ground.
     */
    public static Bar fit(double metresPerUnit, double maxLength) {
        if (!(metresPerUnit > 0) || !(maxLength > 0)) {
            throw new IllegalArgumentException("scale and length must be positive");
        }
        double maxKm = metresPerUnit * maxLength / 1000;
        double power = Math.pow(10, Math.floor(Math.log10(maxKm)));
        double best = power;
        for (double step : new double[] {1, 2, 5}) {
            if (step * power <= maxKm) {
                best = step * power;
            }
        }
        return new Bar(best, best * 1000 / metresPerUnit);
    }
}
