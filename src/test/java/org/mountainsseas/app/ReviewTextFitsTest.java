package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.CutOff;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter bar and the review area's header are read whole in a 1280-px-wide window, in both
 * languages (nothing cut to "…" or past the edge), and a 1920-px window still shows the filters on
 * one row and the hint on one line.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewTextFitsTest {
    private Stage stage;
    private MainWindow window;
    private AppState state;

    private void show(FxRobot robot, Language language, int width, int height) {
        state = TestWorld.state(language);
        robot.interact(() -> {
            window = new MainWindow(state, TestWorld.bundled(), url -> { });
            Scene scene = new Scene(window, width, height);
            scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
            stage = new Stage();
            stage.setScene(scene);
            // the headless test screen is 1280×800; a larger window is laid out without being shown
            if (javafx.stage.Screen.getPrimary().getBounds().getWidth() >= width) {
                stage.show();
            }
            state.review().setOpen(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> {
            window.dispose();
            stage.hide();
        });
    }

    private List<String> cutOff(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            window.resize(window.getScene().getWidth(), window.getScene().getHeight());
            window.applyCss();
            window.layout();
            List<String> out = new ArrayList<>(CutOff.under(window.reviewBar()));
            out.addAll(CutOff.under(header()));
            return out;
        }).get();
    }

    private Label hint() {
        return (Label) window.review().lookupAll(".review-hint").stream()
                .filter(n -> ((Label) n).getText().equals(state.text("review.hint")))
                .findFirst().orElseThrow();
    }

    /** The row above the review tabs: the hint, then the export buttons and the data menu. */
    private Parent header() {
        return hint().getParent();
    }

    @Test
    void theFiltersAndTheReviewHintAreReadWholeIn1280PxInBothLanguages(FxRobot robot) throws Exception {
        show(robot, Language.EN, 1280, 800);
        List<String> cut = new ArrayList<>();
        for (Language l : Language.values()) {
            robot.interact(() -> state.setLanguage(l));
            cutOff(robot).forEach(c -> cut.add(l + ": " + c));
        }
        assertEquals(List.of(), cut, "cut off at 1280×800");
    }

    @Test
    void in1920PxTheFiltersKeepOneRowAndTheHintOneLine(FxRobot robot) throws Exception {
        show(robot, Language.EN, 1920, 1080);
        for (Language l : Language.values()) {
            robot.interact(() -> state.setLanguage(l));
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(List.of(), cutOff(robot), l + ": cut off at 1920×1080");
            Set<Double> rows = WaitForAsyncUtils.asyncFx(() -> {
                Set<Double> ys = new TreeSet<>();
                for (Node n : ((Parent) window.reviewBar().lookup("#filter-controls")).getChildrenUnmodifiable()) {
                    ys.add(Math.floor(n.getBoundsInParent().getCenterY()));
                }
                return ys;
            }).get();
            assertEquals(1, rows.size(), l + ": the filters stand in one row at 1920 px, not " + rows);
            double[] hint = WaitForAsyncUtils.asyncFx(() -> {
                Label h = hint();
                return new double[] {h.getHeight(), h.getFont().getSize()};
            }).get();
            assertTrue(hint[0] < 2 * hint[1], l + ": the hint keeps one line at 1920 px (" + hint[0] + " px tall)");
        }
    }
}
