package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DataWriter;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.panel.ReviewTable;
import org.mountainsseas.review.PairingRow;
import org.mountainsseas.state.AppState;
import org.mountainsseas.state.CameraRequest;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Keyboard-only use of the review tools, checked by key presses in the real window: search,
 * the tables, Compare, export (table and map, through a stand-in file picker, since choosers
 * cannot open headless) and import with its report. No mouse and no direct calls.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KeyboardReviewTest {
    private static World world;
    private AppState state;
    private MainWindow window;
    private Stage stage;
    private ImportStore store;
    private final FakePicker picker = new FakePicker();
    @TempDir
    Path dir;

    @BeforeAll
    static void loadWorld() {
        world = TestWorld.bundled();
    }

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        state = TestWorld.state(Language.EN);
        store = new ImportStore(Files.createTempDirectory("keyboard-imports"), AtomicWriter::write);
        window = new MainWindow(state, world, url -> { }, DataLocation.bundled(), store, picker);
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
        robot.interact(() -> window.dispose());
    }

    private void keys(FxRobot robot, KeyCode... combo) {
        robot.press(combo);
        for (int i = combo.length - 1; i >= 0; i--) {
            robot.release(combo[i]);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Saves the window as a person sees it, popups and dialogs included (each drawn where it
     * stands over the window), under target/looks/.
     */
    private void look(String name) {
        WaitForAsyncUtils.waitForFxEvents();
        try {
            java.awt.image.BufferedImage all = WaitForAsyncUtils.asyncFx(() -> {
                Scene main = stage.getScene();
                var base = javafx.embed.swing.SwingFXUtils.fromFXImage(main.snapshot(null), null);
                var g = base.createGraphics();
                double x0 = stage.getX() + main.getX();
                double y0 = stage.getY() + main.getY();
                for (Window w : Window.getWindows()) {
                    if (w != stage && w.isShowing() && w.getScene() != null) {
                        var img = javafx.embed.swing.SwingFXUtils.fromFXImage(w.getScene().snapshot(null), null);
                        g.drawImage(img, (int) (w.getX() + w.getScene().getX() - x0), (int) (w.getY() + w.getScene().getY() - y0), null);
                    }
                }
                g.dispose();
                return base;
            }).get();
            Path looks = Files.createDirectories(Path.of("target", "looks"));
            javax.imageio.ImageIO.write(all, "png", looks.resolve(name + ".png").toFile());
        } catch (Exception e) {
            throw new AssertionError("could not save the look " + name, e);
        }
    }

    private long otherWindows() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).count()).get();
    }

    @Test
    void ctrlFTypingDownAndEnterFlyToACounty(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        assertTrue(window.reviewBar().search().isFocused(), "Ctrl+F focuses the search");
        robot.write("lq");
        WaitForAsyncUtils.waitForFxEvents();
        String first = window.reviewBar().search().highlighted().id();
        keys(robot, KeyCode.DOWN);
        String second = window.reviewBar().search().highlighted().id();
        assertTrue(!first.equals(second), "↓ moves to the next result");
        keys(robot, KeyCode.UP);
        assertEquals(first, window.reviewBar().search().highlighted().id(), "↑ moves back");
        look("keyboard-search-popup");
        while (!"331181".equals(window.reviewBar().search().highlighted().id())) {
            keys(robot, KeyCode.DOWN);
        }
        keys(robot, KeyCode.ENTER);
        assertEquals("331181", state.selected(), "Enter selects Longquan");
        CameraRequest fly = state.cameraProperty().get();
        assertEquals(CameraRequest.Kind.COUNTY, fly.kind());
        assertEquals("331181", fly.adcode(), "and flies there");
    }

    @Test
    void arrowKeysMoveTheRowSelectionAndShiftArrowSelectsSeveralCountiesOnTheMap(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        ReviewTable<PairingRow> table = window.review().pairings();
        waitFor(() -> table.filterField().isFocused()); // Ctrl+R opens the review area with the keyboard in the table's filter
        keys(robot, KeyCode.DOWN);
        assertTrue(table.isFocused(), "↓ goes from the filter into the rows");
        List<PairingRow> rows = List.copyOf(table.getItems());
        assertEquals(List.of(0), List.copyOf(table.getSelectionModel().getSelectedIndices()));
        assertEquals(rows.get(0).mountain(), state.selected(), "the first row is selected on the map");

        int next = firstRowOfAnotherCounty(rows, 0);
        for (int i = 0; i < next; i++) {
            keys(robot, KeyCode.DOWN);
        }
        assertEquals(List.of(next), List.copyOf(table.getSelectionModel().getSelectedIndices()), "↓ moves the selection");
        assertEquals(rows.get(next).mountain(), state.selected());
        assertEquals(Set.of(rows.get(next).mountain()), state.selection());

        int third = firstRowOfAnotherCounty(rows, next);
        for (int i = next; i < third; i++) {
            keys(robot, KeyCode.SHIFT, KeyCode.DOWN);
        }
        assertEquals(third - next + 1, table.getSelectionModel().getSelectedIndices().size(), "Shift+↓ extends the selection");
        Set<String> expected = new LinkedHashSet<>();
        for (int i = next; i <= third; i++) {
            expected.add(rows.get(i).mountain());
        }
        assertEquals(expected, state.selection(), "every selected row's county is selected on the map");
        assertEquals(rows.get(third).mountain(), state.selected(), "the row in focus gives the details");
        assertTrue(state.highlighted().containsAll(expected), "and all of them are highlighted");
        look("keyboard-table-multiselect");
        for (String a : expected) {
            assertTrue(state.highlighted().containsAll(state.dataset().partnersOf(a)), "with their partners");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void tabFromTheFilterReachesSortByWhereArrowsSortTheTable(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        ReviewTable<PairingRow> table = window.review().pairings();
        waitFor(() -> table.filterField().isFocused());
        keys(robot, KeyCode.TAB);
        assertTrue(table.sortPicker().isFocused(), "Tab goes from the filter to Sort by");
        for (int i = 0; i < 6; i++) {
            keys(robot, KeyCode.DOWN);
        }
        var column = (javafx.scene.control.TableColumn<PairingRow, Object>) table.getSortOrder().get(0);
        assertEquals(1, table.getSortOrder().size());
        assertEquals("Partner", column.getText(), "the sixth choice: Partner, descending");
        assertEquals(javafx.scene.control.TableColumn.SortType.DESCENDING, column.getSortType());
        for (int i = 1; i < table.getItems().size(); i++) {
            Object above = column.getCellData(i - 1);
            Object below = column.getCellData(i);
            assertTrue(column.getComparator().compare(above, below) >= 0, "row " + i + " is in order");
        }
        robot.interact(() -> {
            table.getColumns().get(0).setSortType(javafx.scene.control.TableColumn.SortType.ASCENDING);
            table.getSortOrder().setAll(List.of(table.getColumns().get(0)));
        });
        assertTrue(table.sortPicker().getButtonCell().getText().startsWith("Mountain county  ↑"),
                "a sort by a header click shows in the picker: " + table.sortPicker().getButtonCell().getText());
    }

    private static int firstRowOfAnotherCounty(List<PairingRow> rows, int from) {
        for (int i = from + 1; i < rows.size(); i++) {
            if (!rows.get(i).mountain().equals(rows.get(from).mountain())) {
                return i;
            }
        }
        throw new AssertionError("no other county after row " + from);
    }

    @Test
    void ctrlKThenArrowsAndEnterPickCountiesToCompare(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("longquan");
        keys(robot, KeyCode.ENTER);
        assertEquals("331181", state.selected());
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        assertEquals(List.of("331181"), state.review().compared(), "Ctrl+K adds the selection");
        waitFor(() -> window.review().compare().picker().isFocused()); // and puts the keyboard in the county picker
        keys(robot, KeyCode.DOWN);
        keys(robot, KeyCode.DOWN);
        var picked = window.review().compare().picker().getValue();
        assertTrue(picked != null, "↓ chooses a county in the picker");
        keys(robot, KeyCode.ENTER);
        assertEquals(List.of("331181", picked.adcode()), state.review().compared(), "Enter adds it");
        keys(robot, KeyCode.DOWN);
        var another = window.review().compare().picker().getValue();
        keys(robot, KeyCode.ENTER);
        assertEquals(List.of("331181", picked.adcode(), another.adcode()), state.review().compared());
        look("keyboard-compare");
    }

    @Test
    void ctrlEExportsTheFilteredTableToCsvByKeysAlone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        waitFor(() -> window.review().pairings().filterField().isFocused());
        robot.write("lishui");
        WaitForAsyncUtils.waitForFxEvents();
        ReviewTable<PairingRow> table = window.review().pairings();
        int shown = table.getItems().size();
        assertTrue(shown > 0 && shown < table.unfilteredCount(), shown + " of " + table.unfilteredCount());
        Path csv = dir.resolve("pairings.csv");
        picker.saveTo = csv;
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> Files.exists(csv));
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a BOM");
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertTrue(lines.get(0).startsWith("Mountain county,"), lines.get(0));
        assertEquals(shown + 1, lines.size(), "the header and exactly the rows the filter left");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("Lishui")), lines.toString());
        waitFor(() -> otherWindows() == 1);
        look("keyboard-exported-message");
        keys(robot, KeyCode.ENTER);
        assertEquals(0, otherWindows(), "Enter closes the 'exported' message");
    }

    @Test
    void ctrlEOnTheCompareTabExportsTheComparisonNotThePairings(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.K);
        waitFor(() -> window.review().compare().picker().isFocused());
        assertTrue(robot.lookup("#export-table").query().isDisabled(), "nothing to export before a county is picked");
        Path csv = dir.resolve("comparison.csv");
        picker.saveTo = csv;
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        assertTrue(picker.asked.isEmpty(), "Ctrl+E with nothing compared asks for no file: " + picker.asked);
        assertTrue(window.review().compare().picker().isFocused(), "and leaves the keyboard in the picker");

        robot.interact(() -> {
            state.review().toggleCompare("331181");
            state.review().toggleCompare("330324");
        });
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> Files.exists(csv));
        assertTrue(picker.asked.get(0).startsWith("save comparison-"), picker.asked.toString());
        byte[] bytes = Files.readAllBytes(csv);
        assertTrue(bytes.length > 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF,
                "UTF-8 with a BOM");
        List<List<String>> rows = parseCsv(new String(bytes, StandardCharsets.UTF_8).substring(1));
        assertEquals(List.of("", "Longquan City", "Yongjia County"), rows.get(0), "a header of the compared counties, in order");
        assertEquals(8, rows.size(), "the header and one row per fact shown: " + rows);
        assertEquals(List.of("Class", "City", "Qingda Line", "Partners", "Enclaves", "Parks and projects", "Figures"),
                rows.stream().skip(1).map(r -> r.get(0)).toList());
        List<String> partners = rows.get(4);
        assertTrue(partners.get(1).startsWith("• "), "Longquan's partners, one per line as on screen: " + partners);
        assertTrue(partners.get(2).contains("Unknown — no partner found"), "Yongjia's gap is exported as shown: " + partners);
        assertTrue(rows.stream().allMatch(r -> r.size() == 3), "every row has a cell per county");
        waitFor(() -> otherWindows() == 1);
        keys(robot, KeyCode.ENTER);
        look("keyboard-compare-export");

        Path xlsx = dir.resolve("comparison.xlsx");
        picker.saveTo = xlsx;
        keys(robot, KeyCode.CONTROL, KeyCode.E);
        waitFor(() -> Files.exists(xlsx));
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
            String strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(strings.contains("Yongjia County") && strings.contains("Parks and projects"), "XLSX holds the same grid: " + strings);
        }
        waitFor(() -> otherWindows() == 1);
        keys(robot, KeyCode.ENTER);
        robot.interact(() -> state.setLanguage(Language.ZH));
        look("keyboard-compare-export-zh");
    }

    /** RFC 4180 as TableExport writes it: quoted cells may hold commas, quotes and line breaks. */
    private static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new java.util.ArrayList<>();
        List<String> row = new java.util.ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new java.util.ArrayList<>();
                i++; // the \n of CRLF
            } else {
                cell.append(c);
            }
        }
        return rows;
    }

    @Test
    void ctrlPExportsTheMapToAnA3PdfPageByKeysAlone(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("331181"));
        Path pdf = dir.resolve("map.pdf");
        picker.saveTo = pdf;
        picker.typeIndex = 1;
        keys(robot, KeyCode.CONTROL, KeyCode.P);
        waitFor(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            var box = doc.getPage(0).getMediaBox();
            assertEquals(1190.55, box.getWidth(), 1.0, "A3 landscape width");
            assertEquals(841.89, box.getHeight(), 1.0, "A3 landscape height");
        }
        Files.copy(pdf, Files.createDirectories(Path.of("target", "looks")).resolve("keyboard-map-a3.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path editedPairings() throws Exception {
        Dataset before = state.dataset();
        String exported = new String(DataWriter.pairings(before.pairings(), before.dataDate()), StandardCharsets.UTF_8);
        Path file = dir.resolve("pairings.json");
        Files.writeString(file, exported.replaceFirst("\"status\": \"active\"", "\"status\": \"historical\""));
        return file;
    }

    /** Ctrl+I with an edited pairings file picked, up to the report. */
    private void openImportReport(FxRobot robot) throws Exception {
        picker.openFile = editedPairings();
        WaitForAsyncUtils.waitForFxEvents();
        keys(robot, KeyCode.CONTROL, KeyCode.I);
        waitFor(() -> robot.lookup("#import-report").tryQuery().isPresent());
    }

    @Test
    void ctrlIThenEnterAppliesAnImport(FxRobot robot) throws Exception {
        Dataset before = state.dataset();
        openImportReport(robot);
        assertTrue(state.dataset() == before, "nothing changes before the user confirms");
        look("keyboard-import-report");
        keys(robot, KeyCode.ENTER);
        waitFor(() -> state.dataset() != before);
        assertEquals(Pairing.Status.HISTORICAL, state.dataset().pairings().get(0).status());
        assertEquals(List.of("data/pairings.json"), store.imported());
    }

    @Test
    void ctrlIThenEscapeChangesNothing(FxRobot robot) throws Exception {
        Dataset before = state.dataset();
        openImportReport(robot);
        keys(robot, KeyCode.ESCAPE);
        waitFor(() -> otherWindows() == 0);
        assertTrue(state.dataset() == before);
        assertTrue(store.imported().isEmpty());
    }

    @Test
    void restoringBundledDataAsksFirstAndCancellingChangesNothing(FxRobot robot) throws Exception {
        Dataset bundled = state.dataset();
        openImportReport(robot);
        keys(robot, KeyCode.ENTER);
        waitFor(() -> state.dataset() != bundled);
        Dataset imported = state.dataset();

        // the question blocks in showAndWait, so it is opened with runLater, not waited for (interact and
        // interactNoWait both wait for the call to return, which would hang here)
        javafx.application.Platform.runLater(() -> window.files().restoreBundled());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        javafx.scene.control.DialogPane ask = robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class);
        assertEquals("Remove the imported data and use the data that came with the app again?", ask.getContentText());
        look("keyboard-restore-question");
        keys(robot, KeyCode.ESCAPE);
        waitFor(() -> otherWindows() == 0);
        assertTrue(state.dataset() == imported, "Cancel keeps the imported data in use");
        assertEquals(List.of("data/pairings.json"), store.imported(), "and in the user data folder");
        assertTrue(state.review().originProperty().get().imported());

        javafx.application.Platform.runLater(() -> window.files().restoreBundled());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        keys(robot, KeyCode.ENTER);
        waitFor(() -> !state.review().originProperty().get().imported());
        assertEquals(bundled.pairings(), state.dataset().pairings(), "OK brings the bundled data back");
        assertTrue(store.imported().isEmpty());
    }

    @Test
    void restoringWhenNothingWasImportedOnlySaysSo(FxRobot robot) throws Exception {
        Dataset bundled = state.dataset();
        javafx.application.Platform.runLater(() -> window.files().restoreBundled());
        waitFor(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        assertEquals("The bundled data are already in use.",
                robot.lookup(".dialog-pane").queryAs(javafx.scene.control.DialogPane.class).getContentText());
        keys(robot, KeyCode.ENTER);
        waitFor(() -> otherWindows() == 0);
        assertTrue(state.dataset() == bundled);
    }

    @Test
    void at1280By800TheMapKeepsAUsableHeightBesideTheReviewAreaAndTheDividerIsKept(FxRobot robot) {
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        robot.interact(() -> { });
        assertTrue(window.map().getHeight() >= 300, "the map is " + window.map().getHeight() + " px tall");
        assertTrue(window.review().pairings().getHeight() >= 120, "the table shows a few rows: " + window.review().pairings().getHeight());
        robot.interact(() -> window.setReviewSplit(0.75));
        WaitForAsyncUtils.waitForFxEvents();
        double dragged = window.reviewSplit();
        assertEquals(0.75, dragged, 0.02);
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        assertEquals(dragged, window.reviewSplit(), 1e-9, "closing keeps the divider");
        keys(robot, KeyCode.CONTROL, KeyCode.R);
        assertEquals(dragged, window.reviewSplit(), 0.01, "and reopening puts it back");
        robot.interact(() -> window.setReviewSplit(0.01));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().getHeight() >= 200, "the map never disappears: " + window.map().getHeight());
    }
}
