package org.mountainsseas.map;

import java.util.Locale;

/**
 * What draws the map's crisp frames: Skia off the FX thread (the default where its native library
 * loads), Java2D off the FX thread, or a JavaFX canvas on the FX thread (the fallback). Chosen with
 * {@code -Dmountainsseas.raster=skia|java2d|fx}; docs/performance.md ("Choosing the rasteriser")
 * has the measurements behind the default.
 */
public enum Renderer {
    SKIA, JAVA2D, FX;

    /** The system property that chooses. */
    public static final String PROPERTY = "mountainsseas.raster";

    /** The renderer asked for by {@value #PROPERTY}: Skia unless it names another. */
    public static Renderer asked() {
        String value = System.getProperty(PROPERTY, "").trim().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "java2d" -> JAVA2D;
            case "fx", "javafx", "canvas" -> FX;
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
