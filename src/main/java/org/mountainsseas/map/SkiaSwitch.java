package org.mountainsseas.map;

import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * A map's way from the JavaFX canvas to Skia: Skia's library loads on a thread of its own
 * ({@link SkiaLibrary}), started two pulses after the canvas's first frame is on screen, so the first
 * frame never waits for it nor shares the two cores with it. Once loaded, Skia draws at once, or, in
 * an interactive start ({@link Renderer#keepCanvasFrameUntilChange}), from the next frame a change
 * asks for, so the picture at rest never changes by itself. If it does not load, the canvas goes on
 * drawing (one warning line). On the FX thread.
 */
final class SkiaSwitch {
    /** Where the switch stands. */
    enum Stage {
        /** Nothing to do: Skia draws, was not asked for, or did not load. */
        NONE,
        /** Skia was asked for and its library is still to load: the canvas draws meanwhile. */
        LOADING,
        /** Loaded: the canvas's frame stays up, and Skia draws the next frame a change asks for. */
        AT_NEXT_CHANGE
    }

    /** Skia's library as the switch sees it: the process's ({@link SkiaLibrary}), or a test's. */
    interface Library {
        /** Whether it has been tried and the try has ended; never starts a load. */
        boolean tried();

        /** Why it did not load, once known; null otherwise. Never starts a load. */
        String knownFailure();

        /** Starts the load if nothing has; completes with null once loaded, or why not. */
        CompletableFuture<String> load();

        /** The process's one library. */
        Library PROCESS = new Library() {
            @Override
            public boolean tried() {
                return SkiaLibrary.tried();
            }

            @Override
            public String knownFailure() {
                return SkiaLibrary.knownFailure();
            }

            @Override
            public CompletableFuture<String> load() {
                return SkiaLibrary.load();
            }
        };
    }

    private final Library library;
    private final BooleanSupplier atNextChange;
    private final Consumer<Renderer> switchTo;
    private final BooleanSupplier frameShown;
    private Stage stage = Stage.NONE;
    /** Whether this map's load has been started (the two-pulse wait or the load itself), so it starts once. */
    private boolean loadStarted;
    /**
     * Whether the state, the size or the camera changed since the last frame (a painter's own repaint,
     * such as the label sheet's, is none: it changes nothing a person asked for).
     */
    private boolean changeSeen;
    private boolean disposed;
    /** Run when Skia has loaded and waits for the next change (the map's warm-up of its first Skia frame). */
    private Runnable onWaiting = () -> { };

    /**
     * @param switchTo draws with this renderer from now on and repaints (the map's own switch)
     * @param frameShown whether the map has a frame on screen
     */
    SkiaSwitch(Consumer<Renderer> switchTo, BooleanSupplier frameShown) {
        this(Library.PROCESS, Renderer::switchesAtNextChange, switchTo, frameShown);
    }

    /** @param atNextChange whether, once loaded, Skia waits for the next change (an interactive start) */
    SkiaSwitch(Library library, BooleanSupplier atNextChange, Consumer<Renderer> switchTo, BooleanSupplier frameShown) {
        this.library = library;
        this.atNextChange = atNextChange;
        this.switchTo = switchTo;
        this.frameShown = frameShown;
    }

    /**
     * The renderer to draw with now when {@code asked} is asked for: the canvas while Skia's library
     * is still to load (asking never starts the load before a frame is on screen) or where it failed.
     */
    Renderer resolve(Renderer asked) {
        stage = Stage.NONE;
        if (asked == Renderer.SKIA && !library.tried()) {
            stage = Stage.LOADING;
            if (frameShown.getAsBoolean()) {
                canvasFrameShown();
            }
            return Renderer.FX;
        }
        if (asked == Renderer.SKIA && library.knownFailure() != null) {
            SkiaLibrary.warnOnce(library.knownFailure());
            return Renderer.FX;
        }
        return asked;
    }

    /**
     * The canvas has put a frame on screen: while Skia waits, its library starts loading two pulses
     * from now, when that frame is on screen (a pulse's sync waits for the frame before it to be rendered).
     */
    void canvasFrameShown() {
        if (stage != Stage.LOADING || loadStarted) {
            return;
        }
        loadStarted = true;
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses < 2) {
                    return;
                }
                stop();
                library.load().whenComplete((failure, e) -> Platform.runLater(SkiaSwitch.this::loaded));
            }
        }.start();
    }

    private void loaded() {
        loadStarted = false;
        if (stage != Stage.LOADING || disposed) {
            return;
        }
        stage = Stage.NONE;
        if (library.knownFailure() != null) {
            SkiaLibrary.warnOnce(library.knownFailure());
        } else if (atNextChange.getAsBoolean() && frameShown.getAsBoolean()) {
            stage = Stage.AT_NEXT_CHANGE;
            onWaiting.run();
        } else {
            switchTo.accept(Renderer.SKIA);
        }
    }

    /** Runs {@code r} (on the FX thread) when Skia has loaded and waits for the next change. */
    void whenWaiting(Runnable r) {
        onWaiting = r;
    }

    /** The state, the size or the camera changed: the next frame is one a person asked for. */
    void changed() {
        changeSeen = true;
    }

    /**
     * Called before a crisp frame (not a moved image): whether Skia draws from this frame on, because
     * it waited for a change and one came. Forgets the change either way.
     */
    boolean switchesNow() {
        boolean now = stage == Stage.AT_NEXT_CHANGE && changeSeen;
        changeSeen = false;
        return now;
    }

    /**
     * Off-screen rendering: every frame of an export is drawn by one renderer, so a run without a
     * window waits here (once per process) for Skia's library rather than drawing its first frames with
     * the canvas, and Skia draws from now on. Not in the window: a presenter's preview of the next step
     * must not hold up the first frame.
     */
    void still() {
        if (stage == Stage.LOADING && !atNextChange.getAsBoolean()) {
            library.load().join();
            switchTo.accept(Renderer.SKIA);
        }
    }

    /** Where the switch stands. */
    Stage stage() {
        return stage;
    }

    /** Whether a frame is still to come from Skia by itself (it will repaint once loaded, not wait for a change). */
    boolean repaintsWhenLoaded() {
        return stage == Stage.LOADING && !atNextChange.getAsBoolean();
    }

    /** A disposed map takes no renderer when the load ends. */
    void dispose() {
        disposed = true;
    }
}
