package org.mountainsseas.mode.lecture;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.app.World;
import org.mountainsseas.export.OffscreenRenderer;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Tour;
import org.mountainsseas.state.AppState;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Exports render at exactly the chosen size, name their files by step, and a PDF has a page per step. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class TourExportTest {
    private static World world;
    private static Tour tour;
    private AppState state;

    @BeforeAll
    static void load() throws Exception {
        world = TestWorld.bundled();
        tour = LectureMode.loadTour(world.dataset(), null);
    }

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
    }

    private TourExport export(List<Integer> steps, int w, int h, TourExport.Format format, Path target) {
        return new TourExport(state, tour, steps, LectureTheme.PROJECTOR, world.atlas(), world.cityOutlines(), w, h,
                format, target, List.of(), () -> { });
    }

    private static <T> T run(javafx.concurrent.Task<T> task) throws Exception {
        Thread t = new Thread(task, "test-export");
        t.setDaemon(true);
        t.start();
        return task.get(120, TimeUnit.SECONDS);
    }

    @Test
    void aStepExportsAtExactly1920x1080And3840x2160AndACustomSize(@TempDir Path dir) throws Exception {
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}, {1000, 700}}) {
            Path file = dir.resolve(size[0] + ".png");
            assertEquals(1, run(export(List.of(1), size[0], size[1], TourExport.Format.PNG_FILE, file)));
            BufferedImage image = ImageIO.read(file.toFile());
            assertEquals(size[0], image.getWidth());
            assertEquals(size[1], image.getHeight());
        }
    }

    @Test
    void captionsAreAtLeast36PixelsAt1080AndScaleWithTheSize() throws Exception {
        for (int[] size : new int[][] {{1920, 1080}, {3840, 2160}}) {
            double px = OffscreenRenderer.onFx(() -> {
                TourState t = new TourState(state, tour);
                LectureView view = new LectureView(state, t, world.atlas(), world.cityOutlines(), LectureTheme.PROJECTOR, () -> { });
                OffscreenRenderer r = new OffscreenRenderer(view, size[0], size[1], List.of());
                t.goTo(0);
                r.settle();
                double s = ((Label) view.lookup(".lecture-text")).getFont().getSize();
                view.dispose();
                return s;
            });
            assertTrue(px >= 36 * size[1] / 1080.0 - 0.01, px + " px at " + size[1]);
        }
    }

    @Test
    void aFolderExportWritesOnePngPerStepNamedByNumberAndId(@TempDir Path dir) throws Exception {
        assertEquals(2, run(export(List.of(0, 14), 1280, 720, TourExport.Format.PNG_FOLDER, dir)));
        assertTrue(Files.exists(dir.resolve(TourExport.fileName(tour, 0))), "01-province.png");
        assertEquals("15-parks-2021.png", TourExport.fileName(tour, 14));
        assertTrue(Files.exists(dir.resolve("15-parks-2021.png")));
    }

    @Test
    void aPdfHasOneSlidePagePerStepWithBookmarks(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("tour.pdf");
        assertEquals(3, run(export(List.of(0, 1, 15), 1920, 1080, TourExport.Format.PDF, pdf)));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(3, doc.getNumberOfPages());
            PDPage page = doc.getPage(0);
            assertEquals(960, page.getMediaBox().getWidth(), 0.01);
            assertEquals(540, page.getMediaBox().getHeight(), 0.01);
            var first = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertEquals("1. " + tour.steps().get(0).title().en(), first.getTitle());
            if (Files.exists(Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"))) {
                org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
                stripper.setStartPage(2);
                stripper.setEndPage(2);
                String text = stripper.getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("The Qingda Line") && text.contains("Qingliangfeng Town"),
                        "the caption is searchable text: " + text);
            }
        }
    }

    @Test
    void cancellingStopsBetweenStepsAndWritesNoPdf(@TempDir Path dir) throws Exception {
        Path pdf = dir.resolve("cancelled.pdf");
        List<Integer> all = IntStream.range(0, tour.steps().size()).boxed().toList();
        TourExport task = export(all, 640, 360, TourExport.Format.PDF, pdf);
        task.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                task.cancel();
            }
        });
        assertThrows(CancellationException.class, () -> run(task));
        assertFalse(Files.exists(pdf), "a cancelled export leaves no half-written PDF");
    }
}
