package org.mountainsseas.map;

import java.util.Locale;

/**
 * What draws the map's crisp frames: a JavaFX canvas on the FX thread (the default, and the fallback
 * when Skia's native library does not load), Skia off the FX thread, or Java2D off the FX thread.
 * Chosen with {@code -Dmountainsseas.raster=fx|skia|java2d}; docs/performance.md ("Choosing the
 * rasteriser") has the measurements behind the default: in the app, Skia frees the FX thread but
 * costs about the canvas's CPU per frame, so it is not (yet) the default.
 */
public enum Renderer {
    SKIA, JAVA2D, FX;

    /** The system property that chooses. */
    public static final String PROPERTY = "mountainsseas.raster";

    /**
     * The renderer asked for by {@value #PROPERTY}: Skia unless it names another ({@code fx}: the
     * JavaFX canvas, {@code java2d}). Skia keeps the FX thread free while a crisp frame is drawn,
     * which halves the pulse after a selection (docs/performance.md, "Rasterising off the FX thread").
     */
    public static Renderer asked() {
        String value = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "fx" -> FX;
            case "java2d" -> JAVA2D;
            default -> SKIA;
        };
    }

    /** Whether frames are drawn on a worker thread into a back buffer. */
    public boolean offThread() {
        return this != FX;
    }

    /** The name the app's messages use. */
    public String label() {
        return switch (this) {
            case SKIA -> "Skia";
            case JAVA2D -> "Java2D";
            case FX -> "JavaFX";
        };
    }
}
