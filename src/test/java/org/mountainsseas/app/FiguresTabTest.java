package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The figures panel is built when its tab is first shown, not at start-up. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FiguresTabTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = TestWorld.window(stage, TestWorld.state(Language.EN));
    }

    @Test
    void theFiguresTabGetsItsPanelWhenFirstShown(FxRobot robot) {
        Tab tab = ((TabPane) window.getRight()).getTabs().get(1);
        assertNull(tab.getContent(), "not built while the details tab is shown");
        robot.clickOn("#tab-figures");
        robot.interact(() -> { });
        assertNotNull(tab.getContent());
        assertSame(window.figures(), tab.getContent(), "the same panel the window hands out");
    }
}
