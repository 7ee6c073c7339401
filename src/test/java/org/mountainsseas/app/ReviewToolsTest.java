package org.mountainsseas.app;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
import java.nio.charset.StandardCharsets;
import org.mountainsseas.data.DataWriter;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.review.ReviewFilter;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The review tools in the real window: table ⇄ map selection without loops, search by keyboard,
 * filters with chips, Compare by keyboard. Screens are saved under
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
        world = TestWorld.bundled();
    }

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, world, url -> { }, DataLocation.bundled(), new ImportStore(userData, org.mountainsseas.io.AtomicWriter::write));
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
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertTrue(robot.lookup(".fact-value").queryAllAs(javafx.scene.control.Label.class).stream()
                .anyMatch(l -> l.getText().contains("未知——未找到结对方")), "and in Chinese");
        look("review-compare-zh");
    }

    private void waitFor(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void lookAtWindowOf(FxRobot robot, String query, String name) throws Exception {
        javafx.scene.Node n = robot.lookup(query).query();
        var image = WaitForAsyncUtils.asyncFx(() -> n.getScene().snapshot(null)).get();
        Path dir = Files.createDirectories(Path.of("target", "looks"));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(name + ".png").toFile());
    }

    @Test
    void anImportShowsItsReportChangesNothingUntilConfirmedAndCanBeUndone(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = state.dataset();
        String exported = new String(DataWriter.pairings(before.pairings(), before.dataDate()), StandardCharsets.UTF_8);
        Path file = dir.resolve("pairings.json");
        Files.writeString(file, exported.replaceFirst("\"status\": \"active\"", "\"status\": \"historical\""));
        robot.interact(() -> window.files().importFrom(file));
        waitFor(() -> robot.lookup("#import-report").tryQuery().isPresent());
        assertTrue(state.dataset() == before, "nothing changes before the user confirms");
        String report = robot.lookup("#import-report").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(report.contains("Changed (1)") && report.contains("PR01 · Chun'an County – Xihu District\n      status: active  →  historical"), report);
        lookAtWindowOf(robot, "#import-report", "import-report");
        robot.clickOn("Apply import");
        waitFor(() -> state.dataset() != before);
        assertEquals(Pairing.Status.HISTORICAL, state.dataset().pairings().get(0).status());
        assertTrue(robot.lookup("#data-set").queryAs(javafx.scene.control.Label.class).getText().startsWith("Imported data (pairings.json)"));
        assertEquals(List.of("data/pairings.json"), new ImportStore(userData, org.mountainsseas.io.AtomicWriter::write).imported(), "kept in the user data folder");

        // the confirmation question is a plain Alert; the restore itself:
        robot.interact(() -> window.files().restoreNow());
        waitFor(() -> !state.review().originProperty().get().imported());
        assertEquals(before.pairings(), state.dataset().pairings(), "the bundled data are back");
        assertTrue(new ImportStore(userData, org.mountainsseas.io.AtomicWriter::write).imported().isEmpty());
    }

    @Test
    void aBrokenImportListsItsErrorsAndCannotBeApplied(FxRobot robot, @TempDir Path dir) throws Exception {
        Dataset before = state.dataset();
        String exported = new String(DataWriter.pairings(before.pairings(), before.dataDate()), StandardCharsets.UTF_8);
        Path file = dir.resolve("pairings-gbk.json");
        Files.write(file, exported.replaceFirst("\"mountain\": \"330127\"", "\"mountain\": 330127")
                .getBytes(java.nio.charset.Charset.forName("GBK")));
        robot.interact(() -> window.files().importFrom(file));
        waitFor(() -> robot.lookup("#import-report").tryQuery().isPresent());
        String report = robot.lookup("#import-report").queryAs(javafx.scene.control.TextArea.class).getText();
        assertTrue(report.contains("not UTF-8"), report);
        assertFalse(robot.lookup("Apply import").tryQuery().isPresent(), "no way to apply a broken file");
        lookAtWindowOf(robot, "#import-report", "import-errors");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(state.dataset() == before);
        assertTrue(new ImportStore(userData, org.mountainsseas.io.AtomicWriter::write).imported().isEmpty());
    }

    @Test
    void theExportedTableIsWhatTheTableShows(FxRobot robot) {
        robot.interact(() -> {
            state.review().setOpen(true);
            state.review().setFilter(ReviewFilter.NONE.withGapsOnly(true));
        });
        List<List<String>> rows = window.review().pairings().exportRows();
        assertEquals("Mountain county", rows.get(0).get(0));
        assertEquals(window.review().pairings().getItems().size() + 1, rows.size());
        assertTrue(rows.stream().anyMatch(r -> r.get(0).equals("Yongjia County") && r.get(2).startsWith("Unknown")), rows.toString());
    }

    @Test
    void theTableFilterFindsRowsByChinesePinyinInitialsOrEnglishInEitherLanguageAndExportsOnlyThem(FxRobot robot) throws Exception {
        robot.interact(() -> state.review().setOpen(true));
        var table = window.review().pairings();
        int all = table.getItems().size();
        for (String q : List.of("龙泉", "longquan", "lq", "Longquan")) {
            robot.interact(() -> table.filterField().setText(q));
            assertTrue(table.getItems().stream().anyMatch(r -> r.mountain().equals("331181")), q + " finds Longquan");
            assertTrue(table.getItems().size() < all, q + " leaves out other rows: " + table.getItems().size() + " of " + all);
        }
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertTrue(table.getItems().stream().anyMatch(r -> r.mountain().equals("331181")), "English still finds it in Chinese");
        robot.interact(() -> table.filterField().setText("zzzzqqq"));
        assertTrue(table.getItems().isEmpty());
        robot.interact(() -> table.filterField().setText("龙泉"));
        List<PairingRow> shown = List.copyOf(table.getItems());
        List<List<String>> rows = table.exportRows();
        assertEquals(shown.size() + 1, rows.size(), "the export holds the header and exactly the rows shown");
        assertTrue(rows.stream().skip(1).allMatch(r -> String.join(" ", r).contains("龙泉")), rows.toString());
        look("review-table-filter-zh");

        Path xlsx = Files.createTempDirectory("filtered").resolve("pairings.xlsx");
        robot.interact(() -> window.files().exportTableTo(xlsx, "pairings", rows));
        waitFor(() -> Files.exists(xlsx));
        String sheet = unzipText(xlsx);
        assertTrue(sheet.contains("龙泉市"), "the XLSX has the rows shown");
        assertFalse(sheet.contains("淳安县"), "and not the rows the filter left out");
        robot.interact(() -> table.filterField().setText(""));
        assertEquals(all, table.getItems().size());
    }

    @Test
    void theTableFilterReadsNamesCitiesAndIdsAndSourcesOnlyWhenAsked(FxRobot robot) {
        robot.interact(() -> state.review().setOpen(true));
        var table = window.review().pairings();
        robot.interact(() -> table.filterField().setText("PR01"));
        assertEquals(List.of("PR01"), table.getItems().stream().map(r -> r.pairing().id()).toList(), "an id finds its row");
        robot.interact(() -> table.filterField().setText("xinhua"));
        assertTrue(table.getItems().isEmpty(), "a word of a source title finds nothing by default: " + table.getItems().size());
        robot.interact(() -> table.filterEveryColumn().setSelected(true));
        assertFalse(table.getItems().isEmpty(), "with sources asked for, it does");
        robot.interact(() -> {
            table.filterEveryColumn().setSelected(false);
            table.filterField().setText("");
            window.review().enlargedProperty().set(true);
        });
        assertTrue(window.reviewSplit() < MainWindow.DEFAULT_SPLIT - 0.15, "the table gets most of what the map can give: " + window.reviewSplit());
        look("review-enlarged");
        robot.interact(() -> window.review().enlargedProperty().set(false));
        assertEquals(MainWindow.DEFAULT_SPLIT, window.reviewSplit(), 0.01);
    }

    private static String unzipText(Path zip) throws IOException {
        StringBuilder b = new StringBuilder();
        try (var file = new java.util.zip.ZipFile(zip.toFile())) {
            for (var e : java.util.Collections.list(file.entries())) {
                try (var in = file.getInputStream(e)) {
                    b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        // the writer escapes non-ASCII characters as XML character references
        return java.util.regex.Pattern.compile("&#x([0-9a-fA-F]+);").matcher(b)
                .replaceAll(m -> new String(Character.toChars(Integer.parseInt(m.group(1), 16))));
    }
}
