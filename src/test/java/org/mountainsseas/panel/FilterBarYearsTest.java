package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter bar's two year menus ("from" and "to"): picking a year by mouse or keyboard sets the
 * review filter, and a filter set elsewhere (a chip, "clear all", another language) shows in them.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FilterBarYearsTest {
    private AppState state;
    private FilterBar bar;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        bar = new FilterBar(state);
        Scene scene = new Scene(bar, 1280, 160);
        scene.getStylesheets().add(FilterBar.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** The menu now in the bar: the bar replaces its controls on every change, so look it up each time. */
    private MenuButton menu(FxRobot robot, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#" + id).queryAs(MenuButton.class);
    }

    private static List<String> selected(MenuButton m) {
        return m.getItems().stream().map(RadioMenuItem.class::cast).filter(RadioMenuItem::isSelected)
                .map(RadioMenuItem::getText).toList();
    }

    @Test
    void pickingAYearInEachMenuSetsTheReviewFilter(FxRobot robot) {
        robot.clickOn("#filter-year-from");
        assertTrue(menu(robot, "filter-year-from").isShowing(), "a click opens the menu");
        robot.clickOn(robot.lookup(".radio-menu-item").lookup("2010").queryLabeled());
        assertEquals(ReviewFilter.NONE.withYears(2010, null), state.review().filter());
        assertEquals("2010", menu(robot, "filter-year-from").getText());
        assertEquals(List.of("From 2010"), chips());

        robot.clickOn("#filter-year-to");
        robot.clickOn(robot.lookup(".radio-menu-item").lookup("2015").queryLabeled());
        assertEquals(ReviewFilter.NONE.withYears(2010, 2015), state.review().filter(), "picking 'to' keeps 'from'");
        assertEquals(List.of("2010–2015"), chips());

        robot.clickOn("#filter-year-from");
        robot.clickOn(robot.lookup(".radio-menu-item").lookup("any").queryLabeled());
        assertEquals(ReviewFilter.NONE.withYears(null, 2015), state.review().filter(), "'any' opens the bound");
        assertEquals("any", menu(robot, "filter-year-from").getText());
        assertEquals(List.of("In force by 2015"), chips());
    }

    @Test
    void theMenusShowAFilterSetElsewhereInEitherLanguage(FxRobot robot) {
        assertEquals("any", menu(robot, "filter-year-from").getText());
        assertEquals("any", menu(robot, "filter-year-to").getText());
        assertEquals(List.of("any"), selected(menu(robot, "filter-year-to")));
        List<String> offered = menu(robot, "filter-year-from").getItems().stream().map(i -> i.getText()).toList();
        assertEquals(List.of("any", "2001", "2025"), List.of(offered.get(0), offered.get(1), offered.get(offered.size() - 1)),
                "the years the timeline offers too: the bundled data's first event to their date");
        assertEquals(1 + 25, offered.size(), "any, then every year 2001–2025");

        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withCities(java.util.Set.of("331100")).withYears(2008, 2015)));
        assertEquals("2008", menu(robot, "filter-year-from").getText());
        assertEquals("2015", menu(robot, "filter-year-to").getText());
        assertEquals(List.of("2015"), selected(menu(robot, "filter-year-to")), "the menu marks the year in force");
        assertEquals("Years to: 2015", menu(robot, "filter-year-to").getAccessibleText());

        robot.interact(() -> state.review().setFilter(state.review().filter().withYears(null, null)));
        assertEquals("any", menu(robot, "filter-year-from").getText(), "a chip's ✕ opens the bounds");
        assertEquals(ReviewFilter.NONE.withCities(java.util.Set.of("331100")), state.review().filter(), "and keeps the city");

        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withYears(null, 2012)));
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertEquals("不限", menu(robot, "filter-year-from").getText());
        assertEquals("2012", menu(robot, "filter-year-to").getText());
        assertEquals("截止年份：2012", menu(robot, "filter-year-to").getAccessibleText());
        assertTrue(menu(robot, "filter-year-from").getTooltip().getText().startsWith("起始年份"));
        assertEquals(List.of("2012年前已生效"), chips());

        robot.clickOn("#filter-clear");
        assertEquals(ReviewFilter.NONE, state.review().filter());
        assertEquals("不限", menu(robot, "filter-year-to").getText(), "clearing all filters clears the years");
        assertEquals(List.of("不限"), selected(menu(robot, "filter-year-to")));
    }

    @Test
    void theKeyboardOpensAYearMenuAndPicksWithTheArrows(FxRobot robot) {
        robot.interact(() -> robot.lookup("#filter-enclave").query().requestFocus());
        robot.type(KeyCode.TAB);
        assertTrue(menu(robot, "filter-year-from").isFocused(), "Tab reaches the 'from' menu");
        robot.type(KeyCode.SPACE);
        assertTrue(menu(robot, "filter-year-from").isShowing(), "Space opens it");
        look("year-menu-open");
        // the first Down lands on "any", each further one a year later (from 2001, the data's first year)
        robot.type(KeyCode.DOWN, 4).type(KeyCode.ENTER);
        assertEquals(ReviewFilter.NONE.withYears(2003, null), state.review().filter());
        MenuButton from = menu(robot, "filter-year-from");
        assertFalse(from.isShowing());
        assertEquals("2003", from.getText());
        assertTrue(from.isFocused(), "the keyboard stays on the menu it used");

        robot.type(KeyCode.TAB, 1);
        assertTrue(menu(robot, "filter-year-to").isFocused(), "Tab goes on to the 'to' menu");
        robot.type(KeyCode.ENTER);
        assertTrue(menu(robot, "filter-year-to").isShowing(), "Enter opens it too");
        robot.type(KeyCode.ESCAPE);
        assertFalse(menu(robot, "filter-year-to").isShowing(), "Esc closes it");
        robot.type(KeyCode.DOWN);
        assertTrue(menu(robot, "filter-year-to").isShowing(), "and so does Down");
        robot.type(KeyCode.DOWN, 2).type(KeyCode.ENTER);
        assertEquals(ReviewFilter.NONE.withYears(2001, 2003), state.review().filter());
        assertEquals(List.of("2001–2003"), chips());
    }

    /** Saves the open menu under target/looks/ for a person to look at. */
    private static void look(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            var image = WaitForAsyncUtils.asyncFx(() -> javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing()).findFirst().orElseThrow()
                    .getScene().snapshot(null)).get();
            Path dir = Files.createDirectories(Path.of("target", "looks"));
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new AssertionError("could not save the look " + name, e);
        }
    }

    private List<String> chips() {
        WaitForAsyncUtils.waitForFxEvents();
        return bar.chipTexts().stream().filter(t -> t.endsWith("✕")).map(t -> t.substring(0, t.length() - 3)).toList();
    }
}
