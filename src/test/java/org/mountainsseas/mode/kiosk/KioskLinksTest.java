package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.CutOff;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A kiosk opens no browser, so the detail panel shows its sources without "open link"; nor does it
 * offer presenting or the officials' review area (exports, imports, file dialogs); and its search
 * prompt names no keyboard shortcut and, like its filters, is read whole at kiosk text size.
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
    void sourcesShowWithoutOpenLinkButtons(FxRobot robot) {
        robot.interact(() -> kiosk.state.select("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        Set<Node> titles = robot.lookup(".source-title").queryAll();
        Set<Node> links = robot.lookup(".source-link").queryAll();
        assertFalse(titles.isEmpty(), "Longquan's sources are listed");
        assertFalse(links.isEmpty(), "and their links exist");
        for (Node link : links) {
            assertFalse(link.isVisible(), "but are not shown");
            assertFalse(link.isManaged(), "and take no room");
        }
        assertTrue(titles.iterator().next().isVisible());
    }

    @Test
    void presentingAndTheReviewAreaAreNotOffered(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#present", "#review-toggle"}) {
            Node n = robot.lookup(id).query();
            assertFalse(n.isVisible() || n.isManaged(), id + " is hidden and takes no room");
        }
        assertTrue(robot.lookup("#language").query().isVisible(), "the language switch stays");
        // the views hide them from the app's mode, not the kiosk from outside: out of kiosk mode they are back
        robot.interact(() -> kiosk.state.leaveKiosk());
        for (String id : new String[] {"#present", "#review-toggle", "#about"}) {
            Node n = robot.lookup(id).query();
            assertTrue(n.isVisible() && n.isManaged(), id + " is offered outside a kiosk");
        }
        assertFalse(robot.lookup("#kiosk-home").query().isVisible(), "the kiosk's Home button is not");
    }

    @Test
    void thePromptHasNoShortcutAndFitsTheFieldInBothLanguages(FxRobot robot) throws Exception {
        for (Language l : Language.values()) {
            robot.interact(() -> kiosk.state.setLanguage(l));
            WaitForAsyncUtils.waitForFxEvents();
            TextField search = robot.lookup("#search").queryAs(TextField.class);
            String prompt = search.getPromptText();
            assertEquals(Messages.get(l, "kiosk.search.prompt"), prompt, "the kiosk prompt in " + l);
            assertFalse(prompt.contains("Ctrl"), "no keyboard hint on a touch screen: " + prompt);
            assertTrue(Messages.get(l, "review.search.prompt").contains("Ctrl+F"), "the desktop prompt keeps its hint");
            double[] widths = WaitForAsyncUtils.asyncFx(() -> measure(search, prompt)).get();
            assertTrue(widths[0] <= widths[1], l + ": the prompt (" + widths[0] + " px) fits the field's text area ("
                    + widths[1] + " px)");
        }
    }

    @Test
    void theFiltersAreReadWholeInOneRowOnA1280PxScreenInBothLanguages(FxRobot robot) throws Exception {
        List<String> cut = new ArrayList<>();
        for (Language l : Language.values()) {
            robot.interact(() -> kiosk.state.setLanguage(l));
            WaitForAsyncUtils.waitForFxEvents();
            WaitForAsyncUtils.asyncFx(() -> CutOff.under(kiosk.window.reviewBar())).get().forEach(c -> cut.add(l + ": " + c));
            // and in one row, so the map keeps its height
            long rows = WaitForAsyncUtils.asyncFx(() -> ((javafx.scene.Parent) kiosk.window.reviewBar().lookup("#filter-controls"))
                    .getChildrenUnmodifiable().stream().map(n -> Math.floor(n.getBoundsInParent().getCenterY())).distinct().count()).get();
            assertEquals(1, rows, l + ": the filters stand in one row");
        }
        assertEquals(List.of(), cut, "cut off at 1280×800 in kiosk text size");
    }

    // {width of the prompt in the field's font, width the field leaves for text}
    private static double[] measure(TextField field, String prompt) {
        field.applyCss();
        Text text = new Text(prompt);
        text.setFont(field.getFont());
        Insets in = field.getInsets();
        return new double[] {text.getLayoutBounds().getWidth(), field.getWidth() - in.getLeft() - in.getRight()};
    }
}
