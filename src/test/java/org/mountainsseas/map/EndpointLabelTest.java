package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.geo.LabelPlacer;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.MapHarness;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cangnan, where the Qingda Line ends, keeps its name at the home view beside the endpoint's name
 * ("≈ Dayu Town", 大渔镇) that sits on its label point: moved aside within the county, in both languages.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class EndpointLabelTest {
    private static final String CANGNAN = "330327";
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private void assertCangnanNamed(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.map().allCountiesDrawn() && !ui.map().moving());
        robot.interact(() -> ui.map().canvas().layout());
        LabelPainter labels = ui.map().labels();
        assertTrue(labels.placedTexts().contains(name), name + " missing from " + labels.placedTexts());
        LabelPlacer.Candidate c = labels.placed().stream().filter(p -> p.id().equals(CANGNAN)).findFirst().orElseThrow();
        Shape cangnan = TestWorld.bundled().atlas().county(CANGNAN);
        MapCamera camera = ui.map().camera();
        assertTrue(cangnan.contains(camera.worldX(c.x()), camera.worldY(c.y())), "the name stays inside Cangnan: " + c);
        assertTrue(ui.map().labels().qingdaName() != null, "and the line keeps its own name");
    }

    @Test
    void cangnanIsNamedBesideTheLinesEndInBothLanguages(FxRobot robot) throws Exception {
        assertCangnanNamed(robot, "Cangnan");
        robot.interact(() -> ui.state.setLanguage(Language.ZH));
        assertCangnanNamed(robot, "苍南");
    }
}
