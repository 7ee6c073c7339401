package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.MenuButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.ImportStore;
import org.mountainsseas.export.GisExport;
import org.mountainsseas.export.Paper;
import org.mountainsseas.export.PdfFonts;
import org.mountainsseas.io.AtomicWriter;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The print and GIS exports from the review area, in the real window through a stand-in file
 * picker: the map page follows the selection, the year and the filter (not the window), the PNG
 * has the chosen resolution, and the data menu writes the GIS layers and the county dossiers.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class PrintExportTest {
    private static World world;
    private AppState state;
    private MainWindow window;
    private Stage stage;
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
        ImportStore store = new ImportStore(Files.createTempDirectory("print-imports"), AtomicWriter::write);
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

    private static boolean haveFont() {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts.load(doc);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("timed out", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Picks an item of the review area's data menu by its text, as a click would. */
    private void dataMenu(FxRobot robot, String key) {
        robot.interact(() -> state.review().setOpen(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            MenuButton menu = (MenuButton) window.lookup("#data-menu");
            menu.getItems().stream().filter(i -> i.getText().equals(state.text(key))).findFirst().orElseThrow().fire();
        });
    }

    @Test
    void withTheComparisonOpenItsPrintButtonWritesBothYearsOnALandscapePage(FxRobot robot) throws Exception {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        robot.interact(() -> state.compare().open(2014, 2024));
        WaitForAsyncUtils.waitForFxEvents();
        Path pdf = dir.resolve("compare.pdf");
        picker.saveTo = pdf;
        picker.typeIndex = PrintFiles.papers().indexOf(new Paper("A4", false));
        robot.clickOn("#compare-print");
        waitFor(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(841.89, doc.getPage(0).getMediaBox().getWidth(), 0.5, "A4 turned landscape");
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("Compare two years", "A · End of 2014", "B · End of 2024")) {
                assertTrue(text.contains(s), s + " in:\n" + text);
            }
        }
    }

    @Test
    void theMapPageFollowsSelectionAndYearAndPrintsTheWholeLegendWhileItIsFoldedOnScreen(FxRobot robot) throws Exception {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        robot.interact(() -> {
            state.review().setOpen(true);
            state.select("330127");
            state.setYear(2012);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().legend().isCollapsed(), "on the short map the legend is folded");
        Path pdf = dir.resolve("map.pdf");
        picker.saveTo = pdf;
        picker.typeIndex = PrintFiles.papers().indexOf(new Paper("A4", false));
        robot.interact(() -> window.review().exportMap());
        waitFor(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(595.28, doc.getPage(0).getMediaBox().getWidth(), 0.5, "A4 portrait");
            String text = new PDFTextStripper().getText(doc);
            for (String s : List.of("Chun'an County", "end of 2012", "Selected: Chun'an County", "Left the mountain-county list",
                    "Island county", "Outside the selection or filter", "Sales and consumption platform", "Qingda Line")) {
                assertTrue(text.contains(s), s + " in:\n" + text);
            }
            assertFalse(text.contains("▾"), "no fold arrow on paper");
        }
        assertTrue(window.map().legend().isCollapsed(), "and the screen keeps its legend folded");
    }

    @Test
    void aPngIsWrittenAtTheChosenResolution(FxRobot robot) throws Exception {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        Path png = dir.resolve("map.png");
        picker.saveTo = png;
        picker.typeIndex = PrintFiles.papers().size() + 1;
        robot.interact(() -> window.review().exportMap());
        waitFor(() -> Files.exists(png));
        var image = ImageIO.read(png.toFile());
        assertEquals(Math.round(Paper.A4_LANDSCAPE.width() / 72 * PrintFiles.DPIS[1]), image.getWidth(), 1);
    }

    @Test
    void theDataMenuWritesTheGisLayersIntoAFolder(FxRobot robot) throws Exception {
        Path folder = dir.resolve("gis");
        picker.saveTo = folder;
        dataMenu(robot, "export.gis");
        Path gpkg = folder.resolve(GisExport.GEOPACKAGE);
        waitFor(() -> Files.exists(gpkg));
        for (String layer : List.of("counties", "pairings", "enclaves")) {
            assertTrue(Files.size(folder.resolve(layer + ".geojson")) > 1000, layer);
        }
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + gpkg);
             ResultSet r = db.createStatement().executeQuery(
                     "SELECT (SELECT count(*) FROM counties), (SELECT count(*) FROM pairings), (SELECT count(*) FROM enclaves)")) {
            assertTrue(r.next());
            assertEquals(state.dataset().counties().size(), r.getInt(1));
            assertEquals(state.dataset().pairings().size(), r.getInt(2));
            assertEquals(state.dataset().enclaves().size(), r.getInt(3));
        }
    }

    @Test
    void theDataMenuWritesADossierPerSelectedMountainCountyWithBookmarks(FxRobot robot) throws Exception {
        assumeTrue(haveFont(), "no embeddable CJK font on this machine");
        robot.interact(() -> state.selectAll(List.of("330127", "330723"), "330127"));
        Path pdf = dir.resolve("dossiers.pdf");
        picker.saveTo = pdf;
        dataMenu(robot, "export.atlas");
        waitFor(() -> Files.exists(pdf));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(2, doc.getNumberOfPages());
            var first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("Chun'an County · 淳安县", first.getTitle());
            assertEquals("Wuyi County · 武义县", first.getNextSibling().getTitle());
        }
    }
}
