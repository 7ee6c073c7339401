package org.mountainsseas.testing;

import javafx.stage.Stage;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * For a UI test class that moves, resizes, maximizes or makes full-screen the primary stage
 * TestFX shares between test classes: puts it back after the class. A stage sized by hand keeps
 * its size when a later class gives it a new scene, so without this a later test runs in a
 * window of the wrong size. Use with {@code @ExtendWith(RestoresSharedStage.class)}.
 */
public final class RestoresSharedStage implements BeforeAllCallback, AfterAllCallback {
    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(RestoresSharedStage.class);

    /** Where the stage was; a stage never shown has no position (NaN). */
    record Place(double x, double y) {
        static Place of(Stage stage) {
            return new Place(stage.getX(), stage.getY());
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        context.getStore(HERE).put(Place.class, WaitForAsyncUtils.asyncFx(() -> Place.of(stage)).get());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        Place place = context.getStore(HERE).get(Place.class, Place.class);
        Stage stage = FxToolkit.registerPrimaryStage();
        WaitForAsyncUtils.asyncFx(() -> restore(stage, place)).get();
    }

    /**
     * Undoes full screen, maximized and iconified, sizes the stage to its scene again (which also
     * makes the next scene size it, as it did before anyone sized it by hand) and moves it back.
     * Call on the FX thread.
     */
    static void restore(Stage stage, Place place) {
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.setIconified(false);
        stage.sizeToScene();
        if (place != null && !Double.isNaN(place.x()) && !Double.isNaN(place.y())) {
            stage.setX(place.x());
            stage.setY(place.y());
        }
    }
}
