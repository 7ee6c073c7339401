package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.Scene;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.RestoresSharedStage;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The enclave and project cards in the detail panel: long titles wrap inside the panel instead of running off it. */
@Tag("ui")
@ExtendWith({ApplicationExtension.class, RestoresSharedStage.class})
class DetailCardsTest {
    private AppState state;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        panel = new DetailPanel(state, url -> { });
        Scene scene = new Scene(panel, 380, 2400);
        scene.getStylesheets().add(DetailPanel.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        // the stage is shared between test classes: one an earlier test widened would widen this scene too
        stage.setFullScreen(false);
        stage.setMaximized(false);
        stage.sizeToScene();
        stage.show();
    }

    @Test
    void longCardTitlesWrapInsideThePanelInBothLanguages(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("331181"));
        checkTitles(robot, "detail-cards-en", true);
        robot.interact(() -> state.setLanguage(Language.ZH));
        checkTitles(robot, "detail-cards-zh", false);
    }

    private void checkTitles(FxRobot robot, String look, boolean oneIsLong) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // a title's height follows its width, known after one layout pass: let the next one settle it
        for (int i = 0; i < 2; i++) {
            robot.interact(() -> {
                panel.getScene().getRoot().applyCss();
                panel.getScene().getRoot().layout();
            });
        }
        List<TitledPane> cards = robot.lookup(".card").queryAllAs(TitledPane.class).stream().toList();
        assertFalse(cards.isEmpty(), "Longquan has enclave or project cards");
        double right = panel.localToScene(panel.getBoundsInLocal()).getMaxX();
        double lowest = Double.MAX_VALUE;
        double highest = 0;
        for (TitledPane card : cards) {
            Label heading = (Label) card.getGraphic();
            Bounds b = heading.localToScene(heading.getBoundsInLocal());
            assertTrue(b.getMaxX() <= right + 0.5, "a card title runs off the panel: " + card.getId() + " to " + b.getMaxX());
            Text shown = (Text) heading.lookup(".text");
            assertEquals(heading.getText(), shown.getText(), "no title is cut short");
            Bounds bar = card.lookup(".title").localToScene(card.lookup(".title").getBoundsInLocal());
            assertTrue(bar.contains(b.getCenterX(), b.getMinY() + 1) && bar.contains(b.getCenterX(), b.getMaxY() - 1),
                    "the title bar holds every line of " + heading.getText());
            lowest = Math.min(lowest, heading.getHeight());
            highest = Math.max(highest, heading.getHeight());
        }
        assertTrue(!oneIsLong || highest > 1.5 * lowest, "the longest title wraps to more lines: " + lowest + " / " + highest);
        Path dir = Files.createDirectories(Path.of("target", "looks"));
        var image = WaitForAsyncUtils.asyncFx(() -> panel.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(look + ".png").toFile());
    }
}
