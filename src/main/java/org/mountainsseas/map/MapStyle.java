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
