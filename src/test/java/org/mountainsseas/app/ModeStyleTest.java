package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Subscription;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppMode;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The mode's pseudo-class follows the mode and whichever root the scene shows. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ModeStyleTest {
    private final Pane explorer = new Pane();
    private final Pane lecture = new Pane();
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(explorer, 200, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void theSceneRootCarriesTheModeAndAReplacedRootLosesIt(FxRobot robot) {
        AppState state = new AppState(Language.EN);
        robot.interact(() -> {
            Subscription s = ModeStyle.follow(scene, state);
            assertFalse(ModeStyle.marked(explorer, AppMode.KIOSK));
            state.enterKiosk();
            assertTrue(ModeStyle.marked(explorer, AppMode.KIOSK), ":kiosk on the root");
            state.startLecture();
            scene.setRoot(lecture);
            assertTrue(ModeStyle.marked(lecture, AppMode.LECTURE), ":lecture on the new root");
            assertFalse(ModeStyle.marked(lecture, AppMode.KIOSK), "one mode at a time");
            assertFalse(ModeStyle.marked(explorer, AppMode.LECTURE) || ModeStyle.marked(explorer, AppMode.KIOSK),
                    "the root taken out of the scene is cleared");
            state.endLecture();
            scene.setRoot(explorer);
            assertTrue(ModeStyle.marked(explorer, AppMode.KIOSK), "back in the kiosk");
            s.unsubscribe();
            assertFalse(ModeStyle.marked(explorer, AppMode.KIOSK), "undone with the subscription");
        });
    }
}
