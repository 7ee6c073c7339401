package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Compare picker finds a county as the main search does: 汉字, pinyin, initials, English. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CompareSearchTest {
    private static Dataset data;
    private AppState state;
    private ComparePanel panel;

    @BeforeAll
    static void load() {
        data = TestWorld.bundled().dataset();
    }

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        state.loadData(data, Map.of(), List.of());
        panel = new ComparePanel(state);
        stage.setScene(new Scene(panel, 900, 400));
        stage.show();
    }

    @Test
    void typingFindsTheCountyInAnyOfItsSpellingsAndEnterAddsIt(FxRobot robot) {
        for (String typed : List.of("龙泉", "longquan", "Longquan City")) {
            robot.interact(() -> panel.search().setText(typed));
            assertEquals("331181", panel.picker().getValue().adcode(), typed);
        }
        robot.interact(() -> panel.search().setText("lq"));
        assertTrue(panel.picker().getItems().stream().anyMatch(c -> c.adcode().equals("331181")), "initials");
        assertTrue(panel.picker().getItems().size() < 10, "only the counties that match");
        robot.interact(() -> panel.search().setText("longquan"));
        robot.interact(() -> panel.search().fireEvent(new javafx.event.ActionEvent()));
        assertEquals(List.of("331181"), state.review().compared());
        assertEquals("", panel.search().getText(), "ready for the next county");
        assertEquals(data.counties().size(), panel.picker().getItems().size(), "an empty field lists every county");
    }
}
