package org.mountainsseas.app;

import java.util.Locale;
import org.mountainsseas.fonts.Fonts;

/**
 * Registers the bundled fonts ({@link Fonts#load()}) on a thread of its own, started in {@code main()}
 * before JavaFX: the font system's cold start and the four font files (~0.1–0.25 s) then overlap the
 * toolkit's own start-up instead of following it on the FX thread. {@link Fonts#load()} is
 * synchronized, so the FX thread's own call (before its first scene) waits for this one to finish
 * and never sees half the fonts registered.
 * <p>
 * Linux only: there it is measured and tested (JavaFX's FreeType font factory needs no toolkit).
 * On Windows and macOS the fonts are registered on the FX thread as before, since their font
 * factories (DirectWrite, Core Text) have not been tried before the toolkit starts.
 */
final class FontPreload {
    private FontPreload() {
    }

    /** Starts the registration where it is known to work before the toolkit; elsewhere does nothing. */
    static void startIfSupported() {
        if (supported(System.getProperty("os.name", ""))) {
            Thread fonts = new Thread(FontPreload::run, "font-preload");
            fonts.setDaemon(true);
            fonts.start();
        }
    }

    /** Whether fonts may be registered before the toolkit starts on this operating system. */
    static boolean supported(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    private static void run() {
        try {
            Fonts.load();
            StartupTrace.mark("fonts-loaded");
        } catch (RuntimeException e) {
            // the FX thread's own Fonts.load() tries again and reports it
        }
    }
}
