package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.SourceFacts;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Sources view lists the items beyond Zhejiang and the corridors resting on a source, and a pick shows each where it lives. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SourcesPanelFactsTest {
    private AppState state;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        stage.setScene(new Scene(new SourcesPanel(state, url -> { }), 1000, 500));
        stage.show();
    }

    @Test
    void beyondItemsAndCorridorsAreFactsOfTheirSourceAndAPickShowsThem(FxRobot robot) {
        robot.interact(() -> state.review().showSource("seed000"));
        WaitForAsyncUtils.waitForFxEvents();
        @SuppressWarnings("unchecked")
        ListView<SourceFacts.Fact> facts = robot.lookup("#source-facts").queryAs(ListView.class);
        SourceFacts.Fact alar = facts.getItems().stream().filter(f -> f.id().equals("B04")).findFirst().orElseThrow();
        SourceFacts.Fact railway = facts.getItems().stream().filter(f -> f.id().equals("L03")).findFirst().orElseThrow();
        assertTrue(alar.label().en().contains("Taizhou"), "the item names its Zhejiang giver: " + alar.label().en());

        robot.interact(() -> facts.getSelectionModel().select(alar));
        assertTrue(state.china().chinaShown());
        assertEquals("B04", state.china().selectedItem());

        robot.interact(() -> facts.getSelectionModel().select(railway));
        assertFalse(state.china().chinaShown(), "a corridor is on the Zhejiang map");
        assertEquals("L03", state.corridors().selected());
        assertTrue(state.corridors().shown());
    }
}
