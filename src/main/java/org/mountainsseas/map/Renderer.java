package org.mountainsseas.map;

import java.util.Locale;

/**
 * What draws the map's crisp frames: a JavaFX canvas on the FX thread (the default, and the fallback
 * when Skia's native library does not load), Skia off the FX thread, or Java2D off the FX thread.
 * Chosen with {@code -Dmountainsseas.raster=fx|skia|java2d}; docs/performance.md ("Choosing the
 * rasteriser") has the measurements behind the default.
 * <p>
 * Skia's library loads after a map's first frame is on screen, which the canvas draws (the first
 * frame never waits for it: {@link SkiaLibrary}). What happens once it has loaded is the process's
 * {@linkplain #keepCanvasFrameUntilChange choice}: by default the map repaints with Skia at once
 * (a snapshot, a test and a benchmark then draw every frame they keep with Skia); an interactive
 * start keeps the canvas's frame on screen and draws with Skia from the next frame that a change
 * asks for anyway (a move, a selection, a language), so the picture at rest never changes by itself.
 */
public enum Renderer {
    SKIA, JAVA2D, FX;

    /** The system property that chooses. */
    public static final String PROPERTY = "mountainsseas.raster";
    private static volatile boolean untilChange;

    /**
     * Called once by an interactive start, before any map is made: a map that drew its first frames
     * with the canvas while Skia's library loaded keeps them, and Skia draws from the next change on.
     */
    public static void keepCanvasFrameUntilChange() {
        untilChange = true;
    }

    /** Whether Skia, once loaded, waits for the next change before it draws (see {@link #keepCanvasFrameUntilChange}). */
    static boolean switchesAtNextChange() {
        return untilChange;
    }

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
