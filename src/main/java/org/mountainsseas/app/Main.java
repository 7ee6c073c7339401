package org.mountainsseas.app;

import java.util.List;
import javafx.application.Application;

/**
 * Entry point. Checks the command line before starting JavaFX, so a bad argument gives one line
 * on stderr and a non-zero exit instead of a window or a stack trace.
 */
public final class Main {
    /** How long a process that is ending waits for zoom bands still being written (a China-wide set takes seconds). */
    private static final java.time.Duration BANDS_AT_EXIT = java.time.Duration.ofSeconds(30);

    private Main() {
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        Options options = null;
        try {
            options = Options.parse(List.of(args));
        } catch (Options.BadArguments e) {
            fail(2, e.getMessage());
        }
        // before any data is read or step drawn: a place that cannot be written fails at once
        OutputTargets.Refusal refusal = OutputTargets.check(options);
        if (refusal != null) {
            fail(refusal.code(), refusal.message());
        }
        if (options.checkData()) {
            System.exit(DataCheck.run(WorldPreload.base(options), options.dataDir(), System.out));
        }
        if (options.exports().any()) {
            System.exit(ExportCommands.run(options));
        }
        WorldPreload.start(options, ReviewFiles.userStore());
        FontPreload.startIfSupported();
        if (options.snapshot() == null && options.presentation().exportTour() == null) {
            // a person watches: the canvas's first frame stays until a change (no repaint at rest
            // when Skia has loaded); a snapshot or a video waits for Skia and draws with it throughout
            org.mountainsseas.map.Renderer.keepCanvasFrameUntilChange();
        }
        // Gluon Attach asks which platform it is on; say so instead of letting it log a guess
        System.setProperty("javafx.platform", System.getProperty("javafx.platform", "desktop"));
        Thread.setDefaultUncaughtExceptionHandler((t, e) -> {
            System.err.println("error in " + t.getName() + ": " + e);
        });
        Application.launch(MountainsSeasApp.class, args);
        // the window is gone; zoom bands being worked out since the first frame are written before the
        // JVM ends, or a run that ends right after its first frame works them out again at every start
        LayerCache.finishBandsBeforeExit(BANDS_AT_EXIT);
    }

    /** Prints one line and exits with the code. */
    static void fail(int code, String message) {
        System.err.println("mountains-and-seas: " + message);
        System.exit(code);
    }
}
