package org.mountainsseas.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/** Renders a scene to a PNG once it has settled (laid out, painted, no camera motion). */
public final class Snapshot {
    private Snapshot() {
    }

    /**
     * Waits until {@code settled} holds on a few consecutive pulses, then writes the scene to
     * {@code file} and reports null, or the error message, to {@code done}. Call on the FX thread.
     */
    public static void whenSettled(Scene scene, Path file, BooleanSupplier settled, Consumer<String> done) {
        new AnimationTimer() {
            private int quiet;
            private int frames;

            @Override
            public void handle(long now) {
                frames++;
                quiet = settled.getAsBoolean() ? quiet + 1 : 0;
                if (quiet < 3 && frames < 600) {
                    return;
                }
                stop();
                done.accept(write(scene, file));
            }
        }.start();
    }

    /** Writes the scene as it is now; returns null or an error message. */
    public static String write(Scene scene, Path file) {
        WritableImage image = scene.snapshot(null);
        try {
            // whole or not at all: no half-written PNG is left behind
            org.mountainsseas.export.PngFiles.write(SwingFXUtils.fromFXImage(image, null), file);
            return null;
        } catch (IOException | RuntimeException e) {
            return "could not write " + file.toAbsolutePath() + ": " + org.mountainsseas.io.OutputCheck.reason(file.toAbsolutePath().getParent(), e);
        }
    }
}
