package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.export.MapPage;
import org.mountainsseas.export.MapPdf;
import org.mountainsseas.export.Progress;
import org.mountainsseas.model.Language;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review tools in the real window: table ⇄ map selection without loops, search by keyboard,
 * filters with chips, Compare by keyboard, and a map export. Screens are saved under
 * target/looks/ for a person to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ReviewToolsTest {
    private static World world;
    @TempDir
    static Path userData;
    private AppState state;
    private MainWindow window;

    @BeforeAll
    static void loadWorld() {
        world = WorldLoader.load(DataLocation.bundled());
    }

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        window = new MainWindow(state, world, url -> { }, DataLocation.bundled(), new ImportStore(userData));
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void look(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Path dir = Files.createDirectories(Path.of("target", "looks"));
            var image = WaitForAsyncUtils.asyncFx(() -> window.getScene().snapshot(null)).get();
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new AssertionError("could not save the look " + name, e);
        }
    }

    @Test
    void selectingARowSelectsOnTheMapAndTheMapSelectsTheRowsWithoutLooping(FxRobot robot) {
        robot.interact(() -> state.review().setOpen(true));
        var table = window.review().pairings();
        List<String> changes = new ArrayList<>();
        state.selectedProperty().addListener((o, a, b) -> changes.add(b));
        int row = indexOf(table.getItems(), "331181");
        robot.interact(() -> table.getSelectionModel().clearAndSelect(row));
        assertEquals("331181", state.selected());
        assertEquals(List.of("331181"), changes, "one row click, one selection change");
        assertEquals(1, table.getSelectionModel().getSelectedItems().size(), "the user's row selection is kept");

        changes.clear();
        robot.interact(() -> state.select("330109"));
        assertEquals(List.of("330109"), changes, "the table following the map does not select back");
        List<PairingRow> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        assertFalse(selected.isEmpty());
        assertTrue(selected.stream().allMatch(r -> r.involves("330109")), "every selected row involves Xiaoshan");
        assertEquals(table.getItems().stream().filter(r -> r.involves("330109")).count(), selected.size());
        look("review-pairings");
    }

    private static int indexOf(List<PairingRow> rows, String mountain) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).mountain().equals(mountain)) {
                return i;
            }
        }
        throw new AssertionError(mountain + " has no row");
    }

    @Test
    void theKeyboardAloneSearchesAndFliesToAResult(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.reviewBar().search().isFocused(), "Ctrl+F focuses the search");
        robot.write("lq");
        WaitForAsyncUtils.waitForFxEvents();
        List<String> ids = window.reviewBar().search().results().stream().map(h -> h.id()).toList();
        assertTrue(ids.contains("331181"), ids.toString());
        while (!"331181".equals(window.reviewBar().search().highlighted().id())) {
            robot.type(KeyCode.DOWN);
        }
        look("search-lq");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("331181", state.selected());
    }

    @Test
    void filtersNarrowTheTableAndTheMapAndChipsRemoveThem(FxRobot robot) {
        robot.interact(() -> state.review().setOpen(true));
        int all = window.review().pairings().getItems().size();
        robot.interact(() -> state.review().setFilter(ReviewFilter.NONE.withCities(Set.of("331100")).withYears(null, 2015)));
        int some = window.review().pairings().getItems().size();
        assertTrue(some > 0 && some < all, some + " of " + all);
        assertTrue(state.review().litCountiesProperty().get().size() < state.dataset().counties().size());
        List<String> chips = window.reviewBar().filters().chipTexts();
        assertTrue(chips.stream().anyMatch(c -> c.startsWith("Lishui")), chips.toString());
        assertTrue(chips.stream().anyMatch(c -> c.startsWith("In force by 2015")), chips.toString());
        look("review-filtered");
        robot.clickOn(robot.lookup(".chip").match(n -> ((javafx.scene.control.Button) n).getText().startsWith("In force")).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Set.of("331100"), state.review().filter().cities());
        assertFalse(state.review().filter().yearBounded(), "the chip removed only its own filter");
        robot.clickOn("#filter-clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(state.review().filter().active());
        assertEquals(all, window.review().pairings().getItems().size());
    }

    @Test
    void ctrlKAddsTheSelectionToCompareSideBySide(FxRobot robot) {
        for (String adcode : List.of("331181", "330324", "330109")) {
            robot.interact(() -> state.select(adcode));
            robot.press(KeyCode.CONTROL, KeyCode.K).release(KeyCode.K, KeyCode.CONTROL);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("331181", "330324", "330109"), state.review().compared());
        assertTrue(state.review().openProperty().get(), "Compare opens");
        look("review-compare");
        assertTrue(robot.lookup(".fact-value").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("Unknown — no partner found")), "Yongjia's gap shows in Compare");
    }

    @Test
    void theMapExportsToAPdfPage(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        MapPage page = WaitForAsyncUtils.asyncFx(() -> MapRender.page(state, window.map(), MapPage.PaperSize.A4)).get();
        assertTrue(page.map().getWidth() >= 2 * window.map().getWidth() - 2, "rendered at twice the screen resolution");
        assertTrue(page.metresPerPixel() > 10 && page.metresPerPixel() < 5000, "a plausible ground scale: " + page.metresPerPixel());
        Path dir = Files.createDirectories(Path.of("target", "looks"));
        try (OutputStream out = Files.newOutputStream(dir.resolve("map-a4.pdf"))) {
            MapPdf.write(page, out, Progress.NONE);
        } catch (IOException e) {
            org.junit.jupiter.api.Assumptions.assumeTrue(false, "no CJK font to embed: " + e.getMessage());
        }
        assertTrue(Files.size(dir.resolve("map-a4.pdf")) > 10_000);
    }
}
