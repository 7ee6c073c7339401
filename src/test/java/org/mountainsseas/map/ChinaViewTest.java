package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.MainWindow;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The locator inset switches to the China view and back; a place there shows its Zhejiang partner and sources. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ChinaViewTest {
    private AppState state;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = TestWorld.window(stage, state);
    }

    @Test
    void theInsetSwitchesToChinaAndTheButtonBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.china().chinaShown());
        robot.clickOn("#locator-inset");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.china().chinaShown());
        assertTrue(window.chinaView().getScene() != null, "the China view is in the window");
        assertTrue(robot.lookup("#locator-inset").tryQuery().isEmpty(), "the inset leaves with the Zhejiang map");
        robot.clickOn("#china-back");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.china().chinaShown());
        assertTrue(window.map().getScene() != null, "the Zhejiang map is back");
    }

    @Test
    void tappingAPartnerPlaceShowsItsZhejiangPartnerAndSources(FxRobot robot) {
        robot.interact(() -> state.china().showChina(true));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D alar = window.chinaView().placePoint("B04", 0);
        assertNotNull(alar, "Alar has a marker");
        robot.clickOn(window.chinaView().localToScreen(alar));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("B04", state.china().selectedItem());
        Node card = robot.lookup("#card-B04").query();
        String shown = robot.from(card).lookup(".label").queryAllAs(Label.class).stream()
                .map(Label::getText).reduce("", (a, b) -> a + "\n" + b);
        assertTrue(shown.contains("Zhejiang partner") && shown.contains("Taizhou"), shown);
        assertTrue(shown.contains("Counterpart support"), shown);
        String sources = robot.from(card).lookup(".source-title").queryAllAs(javafx.scene.text.Text.class).stream()
                .map(javafx.scene.text.Text::getText).reduce("", String::concat);
        assertTrue(sources.contains("Xinhua"), "the source, by its publisher: " + sources);
    }
}
