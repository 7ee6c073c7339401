package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;

/**
 * Lays a view out in its own scene of an exact size (e.g. 3840×2160, larger than any screen) and
 * snapshots it. The scene never shows in a window, so the export does not depend on the display.
 * Call {@link #snapshot()} on the FX thread; {@link #onFx} runs work there from a background task.
 */
public final class OffscreenRenderer {
    private final Scene scene;
    private final Parent root;

    /** Call on the FX thread. {@code stylesheets} are the scene's (e.g. the app's base sheet). */
    public OffscreenRenderer(Parent root, int width, int height, List<String> stylesheets) {
        this.root = root;
        this.scene = new Scene(root, width, height);
        scene.getStylesheets().setAll(stylesheets);
        settle();
    }

    public Scene scene() {
        return scene;
    }

    /** Applies CSS and lays out until it holds still (charts need a second pass). */
    public void settle() {
        for (int i = 0; i < 3; i++) {
            root.applyCss();
            root.layout();
        }
    }

    /** Lays out and renders the scene now, as an AWT image of exactly the scene's size. FX thread only. */
    public BufferedImage snapshot() {
        settle();
        WritableImage image = new WritableImage((int) scene.getWidth(), (int) scene.getHeight());
        scene.snapshot(image);
        return SwingFXUtils.fromFXImage(image, null);
    }

    /** Runs {@code work} on the FX thread and waits for its result; call from a background thread. */
    public static <T> T onFx(Callable<T> work) throws InterruptedException, ExecutionException {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new ExecutionException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }
}
