package org.mountainsseas.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Registers the bundled fonts with JavaFX, once, before the first scene is shown (the app's start
 * and the UI tests call {@link #load()}); CSS and the map's canvas layers then name {@link #SANS}.
 * Characters the bundled fonts lack fall back to the system's fonts.
 */
public final class Fonts {
    /** The family for Latin text; JavaFX finds Chinese in {@link #CJK} when this one lacks a glyph. */
    public static final String SANS = "Noto Sans";
    /** The family for Chinese (also has Latin glyphs, in another design). */
    public static final String CJK = "Droid Sans Fallback";
    /** The bundled TrueType file with Chinese glyphs; PDF export embeds it. */
    public static final String CJK_FILE = "DroidSansFallbackFull.ttf";
    /** The bundled regular Latin face's file; PDF export embeds it. */
    public static final String SANS_FILE = "NotoSans-Regular.ttf";
    private static final String[] FILES = {SANS_FILE, "NotoSans-Bold.ttf", "NotoSans-Italic.ttf", CJK_FILE};
    private static List<Font> loaded;

    private Fonts() {
    }

    /**
     * Registers the bundled fonts with JavaFX; later calls do nothing. Safe on any thread once the
     * toolkit is up. Returns the fonts registered.
     */
    public static synchronized List<Font> load() {
        if (loaded == null) {
            List<Font> fonts = new ArrayList<>();
            for (String file : FILES) {
                try (InputStream in = open(file)) {
                    Font f = Font.loadFont(in, 12);
                    if (f == null) {
                        throw new IllegalStateException("JavaFX could not read the bundled font " + file);
                    }
                    fonts.add(f);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the bundled font " + file, e);
                }
            }
            loaded = List.copyOf(fonts);
        }
        return loaded;
    }

    /** The app's sans-serif face at this weight and size (for text drawn on a canvas). */
    public static Font sans(FontWeight weight, double size) {
        return Font.font(SANS, weight, size);
    }

    /** Opens one of the bundled font files (e.g. {@link #CJK_FILE}); the caller closes it. */
    public static InputStream open(String file) throws IOException {
        InputStream in = Fonts.class.getResourceAsStream(file);
        if (in == null) {
            throw new IOException("the bundled font " + file + " is missing from the app");
        }
        return in;
    }
}
