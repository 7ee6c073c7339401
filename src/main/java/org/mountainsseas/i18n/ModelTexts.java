package org.mountainsseas.i18n;

import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.Language;

/** How model values read in either language, for the UI and for exported files alike. Pure. */
public final class ModelTexts {
    private ModelTexts() {
    }

    /** The side of the Qingda Line; a straddling county says its share on the south-west side. */
    public static String side(LineSide side, Language l) {
        if (side == null) {
            return Messages.get(l, "unknown");
        }
        switch (side.side()) {
            case SOUTH_WEST: return Messages.get(l, "side.south-west");
            case NORTH_EAST: return Messages.get(l, "side.north-east");
            default: return Messages.format(l, "side.straddles", Math.round(side.southWestShare() * 100));
        }
    }
}
