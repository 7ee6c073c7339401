package org.mountainsseas.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** After a class has sized the shared stage by hand, the next class's scene sizes it again. */
@Tag("ui")
class RestoresSharedStageTest {
    @Test
    void aStageSizedByHandFollowsTheNextSceneOnceRestored() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        double[] size = WaitForAsyncUtils.asyncFx(() -> {
            stage.setScene(new Scene(new Pane(), 300, 200));
            stage.show();
            RestoresSharedStage.Place before = RestoresSharedStage.Place.of(stage);
            // what a test class does to the shared stage
            stage.setWidth(900);
            stage.setHeight(700);
            stage.setX(before.x() + 50);
            stage.setMaximized(true);
            RestoresSharedStage.restore(stage, before);
            // the next class
            stage.setScene(new Scene(new Pane(), 400, 300));
            return new double[] {stage.getScene().getWidth(), stage.getScene().getHeight(), stage.getX() - before.x()};
        }).get();
        assertEquals(400, size[0], 0.5);
        assertEquals(300, size[1], 0.5);
        assertEquals(0, size[2], 0.5);
        assertFalse(stage.isMaximized());
        WaitForAsyncUtils.asyncFx(stage::hide).get();
    }
}
