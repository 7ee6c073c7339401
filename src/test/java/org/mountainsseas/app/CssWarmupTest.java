package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.FontWeight;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.fonts.Fonts;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The rehearsal of the first CSS pass ({@link CssWarmup}) styles its throwaway scene off the FX
 * thread with the app's stylesheet, and never changes what the window shows.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class CssWarmupTest {
    @Start
    void start(Stage stage) {
        Fonts.load();
    }

    @Test
    void theRehearsalStylesItsSceneOffTheFxThread() {
        assertFalse(Platform.isFxApplicationThread());
        Parent root = CssWarmup.rehearse(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm(), () -> false);
        Label title = find(root, "app-title");
        assertNotNull(title, "the title bar's title is in the scene");
        // app.css: .app-title { -fx-font-size: 20px; -fx-font-weight: bold; }, the family from .root
        assertEquals(20, title.getFont().getSize(), 0.01, "the app's stylesheet was applied");
        assertEquals(Fonts.SANS, title.getFont().getFamily());
        assertTrue(title.getFont().getStyle().toLowerCase().contains(FontWeight.BOLD.name().toLowerCase()), title.getFont().getStyle());
        assertNotNull(title.getSkin(), "and the controls' skins were made");
    }

    @Test
    void askedToStopItEndsAfterThePartItIsStyling() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // the window is about to apply its own CSS once the first part is under way
        javafx.scene.layout.BorderPane root = CssWarmup.rehearse(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm(),
                () -> asked.getAndIncrement() > 0);
        assertNotNull(root.getTop(), "the part under way was finished");
        assertNotNull(find(root, "app-title").getSkin(), "and styled");
        assertTrue(root.getRight() == null && root.getCenter() == null && root.getBottom() == null, "nothing after it was begun");
    }

    @Test
    void theWindowLooksTheSameWithAndWithoutIt(@TempDir Path dir) throws Exception {
        Path with = dir.resolve("with.png");
        Path without = dir.resolve("without.png");
        SnapshotCommandTest.Run a = SnapshotCommandTest.run("--snapshot", with.toString(), "--select", "331181", "--size", "1280x800");
        assertEquals(0, a.exit(), a.err());
        SnapshotCommandTest.Run b = SnapshotCommandTest.runWith(List.of(MountainsSeasApp.NO_CSS_WARMUP + "=true"),
                "--snapshot", without.toString(), "--select", "331181", "--size", "1280x800");
        assertEquals(0, b.exit(), b.err());
        BufferedImage x = ImageIO.read(with.toFile());
        BufferedImage y = ImageIO.read(without.toFile());
        int differ = 0;
        for (int py = 0; py < x.getHeight(); py++) {
            for (int px = 0; px < x.getWidth(); px++) {
                if (x.getRGB(px, py) != y.getRGB(px, py)) {
                    differ++;
                }
            }
        }
        assertEquals(0, differ, "pixels that differ between a start with the rehearsal and one without");
    }

    private static Label find(Node node, String styleClass) {
        if (node instanceof Label l && l.getStyleClass().contains(styleClass)) {
            return l;
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                Label found = find(child, styleClass);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
