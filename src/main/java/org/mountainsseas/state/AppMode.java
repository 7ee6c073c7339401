package org.mountainsseas.state;

/**
 * What the app is being used as. Each view reads it from {@link AppState#modeProperty()} and decides
 * what it shows; the scene root carries it as a pseudo-class ({@code :kiosk}, {@code :lecture}).
 */
public enum AppMode {
    /** The desktop explorer, with the officials' review tools. */
    EXPLORER,
    /** An unattended touch screen for visitors: no windows, links, files or presenting. */
    KIOSK,
    /** A guided tour on a projector; the explorer waits behind it. */
    LECTURE;

    /** The CSS pseudo-class the scene root carries in this mode, or null for the explorer. */
    public String pseudoClass() {
        return this == EXPLORER ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
