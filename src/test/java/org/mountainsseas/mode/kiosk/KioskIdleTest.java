package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.mode.kiosk.IdleMonitor.Phase;
import org.mountainsseas.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskIdleTest {
    private KioskHarness kiosk;

    @Start
    void start(Stage ignored) {
        // a one-second idle timeout and countdown; a long first stop so the loop's own selection stays put.
        // Touch tests are in KioskAttractTest, with a long timeout, so a slow robot cannot race the clock.
        kiosk = new KioskHarness("idle.seconds = 1\ncountdown.seconds = 1\nattract.step.seconds = 60\n", 1280, 800);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(kiosk::close);
    }

    @Test
    void afterTheIdleTimeoutItAsksThenResetsToHomeAndStartsTheAttractLoop(FxRobot robot) {
        List<String> atPrompt = new ArrayList<>();
        robot.interact(() -> {
            // what the screen shows the moment the prompt appears (the countdown is short; this does not race it)
            kiosk.kiosk.idle().phaseProperty().addListener((o, a, b) -> {
                if (b == Phase.PROMPT) {
                    Node prompt = kiosk.scene.lookup("#idle-prompt");
                    atPrompt.add(prompt.isVisible() + " " + kiosk.state.selected());
                    atPrompt.add(((Labeled) prompt.lookup(".title")).getText() + " " + ((Labeled) prompt.lookup(".title-other")).getText());
                }
            });
            kiosk.kiosk.idle().wake(); // the idle clock starts now, not when the window opened
            kiosk.state.select("331181");
            kiosk.state.setLanguage(Language.ZH);
            kiosk.window.map().camera().panBy(200, 100);
        });
        KioskHarness.waitUntil("the still-looking prompt shows", () -> !atPrompt.isEmpty());
        assertEquals(List.of("true 331181", "还在看吗？ Still looking?"), atPrompt,
                "the prompt showed, in both languages, before anything was reset");

        KioskHarness.waitUntil("the attract loop runs", () -> kiosk.kiosk.attract().running());
        assertEquals(Phase.ATTRACT, kiosk.kiosk.idle().phase());
        assertNull(kiosk.state.selected(), "the visitor's selection is gone (the loop opens on the Qingda Line)");
        assertEquals(Language.EN, kiosk.state.language(), "back to the default language");
        assertTrue(kiosk.kiosk.attract().caption().contains("清大线"), kiosk.kiosk.attract().caption());
        assertTrue(robot.lookup("#attract-touch").query().isVisible());
        KioskHarness.waitUntil("the camera is back home", () -> !kiosk.window.map().moving());
    }
}
