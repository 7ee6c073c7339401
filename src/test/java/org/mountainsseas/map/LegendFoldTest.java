package org.mountainsseas.map;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The legend folds on a short map, or always when its owner asks; the user's own choice wins. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LegendFoldTest {
    private LegendView legend;

    @Start
    void start(Stage stage) {
        AppState state = TestWorld.state(Language.EN);
        legend = new LegendView(state, MapStyle.standard());
    }

    @Test
    void aTallMapOpensItAShortOneFoldsIt(FxRobot robot) {
        robot.interact(() -> legend.fitTo(1000));
        assertFalse(legend.isCollapsed());
        robot.interact(() -> legend.fitTo(LegendView.FOLD_BELOW - 1));
        assertTrue(legend.isCollapsed());
    }

    @Test
    void foldAlwaysFoldsItOnATallMapUntilTheOwnerLetsGo(FxRobot robot) {
        robot.interact(() -> {
            legend.fitTo(1000);
            legend.setFoldAlways(true);
        });
        assertTrue(legend.isCollapsed(), "folded at once");
        robot.interact(() -> legend.fitTo(1000));
        assertTrue(legend.isCollapsed(), "and still folded after the map is resized");
        robot.interact(() -> legend.setFoldAlways(false));
        assertFalse(legend.isCollapsed(), "the tall map opens it again");
    }
}
