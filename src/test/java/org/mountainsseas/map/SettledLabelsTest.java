package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.testing.MapHarness;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A snapshot waits for {@link MapPane#settled}: it must hold only once what the map draws is final.
 * The labels are drawn as text first and copied from their prepared sheet a while later, so a map
 * that is settled has drawn them from the sheet (a snapshot taken before had text labels in one run
 * and sheet labels in the next).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SettledLabelsTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
        // the canvas throughout: no later switch to Skia repaints the map (and its labels) by chance
        ui.map().canvas().use(Renderer.FX);
    }

    @Test
    void aSettledMapHasDrawnItsLabelsFromTheSheet() throws Exception {
        MapPane map = ui.map();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(map::settled).get());
        boolean fromSheet = WaitForAsyncUtils.asyncFx(() -> map.labels().fromSheet()).get();
        assertTrue(fromSheet, "the settled map's labels are the sheet's, as they stay at rest");
    }
}
