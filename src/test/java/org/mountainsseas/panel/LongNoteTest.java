package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.World;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A pairing note at the data's cap for notes (2,000 characters, combining marks at their limit) is
 * laid out in short pieces that wrap inside the panel, with the whole note for screen readers; a
 * real note stays a label.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LongNoteTest {
    private static final String REAL = "They have run a provincial industrial park together since 2012 and signed an enclave-park agreement in 2018.";
    private static final String NOTE = LongNameTest.capped("They have run a provincial industrial park together since 2012 ", 2000);
    private AppState state;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        World world = LongNameTest.replaced(DatasetReader.PAIRINGS, REAL, NOTE);
        assertTrue(world.problems().isEmpty(), "the data accept the note: " + world.problems());
        state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        panel = LongNameTest.shown(new DetailPanel(state, url -> { }));
    }

    @Test
    void aNoteAtTheCapWrapsInShortPiecesInsideThePanel(FxRobot robot) {
        robot.interact(() -> {
            state.select("331181");
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
        });
        List<LongText> notes = robot.lookup(".note").queryAll().stream()
                .filter(LongText.class::isInstance).map(LongText.class::cast).toList();
        assertEquals(1, notes.size(), "the long note is laid out in pieces");
        LongText note = notes.get(0);
        assertEquals(NOTE, note.getText());
        assertEquals(NOTE, note.getAccessibleText(), "screen readers get the whole note");
        assertTrue(note.getChildren().size() > NOTE.length() / (4 * LongText.PIECE), "pieces: " + note.getChildren().size());
        double right = note.localToScene(note.getBoundsInLocal()).getMaxX();
        for (var n : note.getChildren()) {
            Bounds b = n.localToScene(n.getBoundsInLocal());
            assertTrue(b.getMaxX() <= right + 0.5, "a piece runs off the note: " + ((Text) n).getText() + " to " + b.getMaxX());
        }
        assertTrue(right <= panel.localToScene(panel.getBoundsInLocal()).getMaxX(), "the note stays inside the panel");
        assertTrue(robot.lookup(".note").queryAll().stream().anyMatch(n -> n instanceof javafx.scene.control.Label l
                && l.getText().startsWith("An early pairing from 2002")), "a real note is still a label");
    }

    @Test
    void aLongTextMeasuresItsTextAnewWhenTheTextChanges(FxRobot robot) {
        robot.interact(() -> {
            LongText text = new LongText("A short note.", "note");
            double one = text.prefHeight(200);
            text.setText(NOTE);
            double many = text.prefHeight(200);
            assertTrue(many > 10 * one, "the long note is taller: " + one + " → " + many);
            text.setText("A short note.");
            assertEquals(one, text.prefHeight(200), "and the short one as tall as before");
        });
    }
}
