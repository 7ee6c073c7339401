package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.mode.lecture.LectureView;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The bundled tour's last chapter shows the China view on its China steps and Zhejiang again after. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LectureChinaTest {
    private AppState state;
    private MainWindow window;
    private Scene scene;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, TestWorld.bundled(), url -> { });
        scene = new Scene(window, 1280, 720);
        stage.setScene(scene);
        stage.show();
    }

    private int stepIndex(LectureView view, String id) {
        var steps = view.tour().tour().steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("no step " + id);
    }

    @Test
    void aChinaStepShowsTheChinaViewOnItsItemsAndTheOthersAndLeavingShowZhejiang(FxRobot robot) {
        robot.clickOn("#present");
        WaitForAsyncUtils.waitForFxEvents();
        LectureView view = (LectureView) scene.getRoot();
        int counterpart = stepIndex(view, "counterpart");
        assertEquals(Tour.Camera.Kind.CHINA, view.tour().tour().steps().get(counterpart).camera().kind(),
                "the bundled tour's counterpart step is a China step");

        robot.interact(() -> view.tour().goTo(counterpart));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.china().chinaShown());
        assertEquals(Set.of("B03", "B04"), state.china().spotlit());
        assertNotNull(view.china().getScene(), "the lecture shows its China view");
        assertTrue(view.map().getScene() == null, "in the Zhejiang map's place");
        javafx.geometry.Point2D[] alar = new javafx.geometry.Point2D[1];
        robot.interact(() -> alar[0] = view.china().placePoint("B04", 0));
        assertNotNull(alar[0], "Alar is drawn");
        assertTrue(alar[0].getX() > 0 && alar[0].getX() < view.china().getWidth(), "and framed: " + alar[0]);
        assertFalse(robot.lookup("#china-back").queryButton().isVisible(), "the tour, not a back button, decides the view");

        robot.interact(() -> view.tour().goTo(stepIndex(view, "corridors")));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.china().chinaShown(), "the corridors step is on the Zhejiang map");
        assertNotNull(view.map().getScene());
        assertTrue(state.china().spotlit().isEmpty());

        robot.interact(() -> view.tour().goTo(counterpart));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(window, scene.getRoot(), "Esc left the lecture");
        assertFalse(state.china().chinaShown(), "leaving comes back to Zhejiang");
        assertNotNull(window.map().getScene(), "the explorer shows the Zhejiang map");
    }
}
