package org.mountainsseas.map;

import javafx.scene.paint.Color;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.EnclaveType;

/** The map's colours and line widths: data stays apart from style, and a theme is a different instance. */
public record MapStyle(Color sea, Color neighbourFill, Color neighbourBorder, Color mountain, Color partner, Color other,
                       Color countyBorder, Color cityBorder, Color dim, Color selection, Color hover,
                       Color qingdaLine, Color arcMountain, Color arcSea, Color enclave, Color label, Color labelHalo,
                       double borderWidth, double arcWidth, double labelSize) {

    public static MapStyle standard() {
        return new MapStyle(
                Color.web("#cfe2ec"), Color.web("#ebe7de"), Color.web("#c5bfb2"),
                Color.web("#86b97a"), Color.web("#86b3dc"), Color.web("#f4efe2"),
                Color.web("#ffffff"), Color.web("#6f7b83"), Color.web("#ffffff", 0.62),
                Color.web("#e8590c"), Color.web("#37474f"),
                Color.web("#c62828"), Color.web("#2e7d32"), Color.web("#0d47a1"), Color.web("#d9480f"),
                Color.web("#1f2a30"), Color.web("#ffffff", 0.85),
                0.8, 2.2, 12);
    }

    /**
     * For a projector at the back of a hall: a dark sea, saturated fills, white borders, thick
     * lines and large labels (sized for a 1920×1080 screen).
     */
    public static MapStyle projector() {
        return new MapStyle(
                Color.web("#0b1d2e"), Color.web("#33404c"), Color.web("#7d8a96"),
                Color.web("#3fae49"), Color.web("#3d8fe0"), Color.web("#d9d3c3"),
                Color.web("#ffffff"), Color.web("#ffe082"), Color.web("#0b1d2e", 0.68),
                Color.web("#ff9100"), Color.web("#ffffff"),
                Color.web("#ff3b30"), Color.web("#7cff6b"), Color.web("#64b5ff"), Color.web("#ffb300"),
                Color.web("#ffffff"), Color.web("#0b1d2e", 0.9),
                2.0, 5.0, 22);
    }

    /** For paper and light slides: white sea, clear fills, dark lines, labels a little larger. */
    public static MapStyle print() {
        return new MapStyle(
                Color.web("#ffffff"), Color.web("#f1f1f1"), Color.web("#9e9e9e"),
                Color.web("#8cc084"), Color.web("#8fb8e3"), Color.web("#f6f1e3"),
                Color.web("#ffffff"), Color.web("#37474f"), Color.web("#ffffff", 0.7),
                Color.web("#d84315"), Color.web("#212121"),
                Color.web("#b71c1c"), Color.web("#1b5e20"), Color.web("#0d47a1"), Color.web("#bf360c"),
                Color.web("#111111"), Color.web("#ffffff", 0.9),
                1.2, 3.2, 16);
    }

    /** The same colours with lines and labels {@code factor} times as large (for a larger screen or export). */
    public MapStyle scaled(double factor) {
        return new MapStyle(sea, neighbourFill, neighbourBorder, mountain, partner, other, countyBorder, cityBorder, dim,
                selection, hover, qingdaLine, arcMountain, arcSea, enclave, label, labelHalo,
                borderWidth * factor, arcWidth * factor, labelSize * factor);
    }

    /** How much larger than the standard style lines and text are drawn (1 for standard). */
    public double scale() {
        return labelSize / 12;
    }

    public Color fill(CountyClass c) {
        switch (c) {
            case MOUNTAIN: return mountain;
            case PARTNER: return partner;
            default: return other;
        }
    }

    /** The marker shape of an enclave type, so type reads without colour. */
    public static String marker(EnclaveType type) {
        switch (type) {
            case INDUSTRIAL: return "square";
            case SCI_TECH: return "diamond";
            case COMMON_PROSPERITY: return "circle";
            default: return "triangle";
        }
    }
}
