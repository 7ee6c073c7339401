package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk opens no browser: the visitor card and the headline's numbers say where each fact comes
 * from in one line of text, and nothing on the screen is a link.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskLinksTest {
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        kiosk = new KioskHarness("idle.seconds = 3600\n", 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @Test
    void sourcesShowAsOneLineOfTextAndNothingIsALink(FxRobot robot) {
        robot.interact(() -> kiosk.state.select("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> all = NodesShown.all(kiosk.scene.getRoot());
        assertFalse(all.stream().anyMatch(n -> n instanceof Hyperlink), "no link anywhere in the kiosk");
        Label source = (Label) robot.lookup("#kiosk-card").<Node>query().lookup(".kiosk-source");
        assertTrue(NodesShown.shown(source) && source.getText().contains("Zhejiang Daily"), source.getText());

        robot.clickOn("#figure-F13");
        Label figureSource = (Label) robot.lookup("#figure-F13").<Node>query().lookup(".kiosk-source");
        assertTrue(NodesShown.shown(figureSource), "a tap on a number shows its source");
        robot.clickOn("#figure-F13");
        assertFalse(NodesShown.shown(figureSource), "and a second tap hides it");
    }
}
