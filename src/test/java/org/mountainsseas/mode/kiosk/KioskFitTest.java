package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mountainsseas.model.Language;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The visitor layout on a 1920×1080 landscape screen and a 1080×1920 portrait totem, in both
 * languages, at home, with a county selected, with the city picker open and in the attract loop: every control lies
 * wholly on the screen and is a big enough target, and no text is smaller than the kiosk promises
 * (body 20 px, headings 28 px, map labels 16 px at 1080p's usual 96 DPI). Each state's image is
 * written to {@code target/kiosk-look/} for a person to look at.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class KioskFitTest {

    @ParameterizedTest
    @CsvSource({"1920, 1080, EN", "1920, 1080, ZH", "1080, 1920, EN", "1080, 1920, ZH"})
    void everyControlStaysOnScreenAndEveryTextIsLargeEnough(int width, int height, Language lang, FxRobot robot)
            throws Exception {
        AtomicReference<KioskHarness> ref = new AtomicReference<>();
        robot.interact(() -> {
            ref.set(new KioskHarness("idle.seconds = 3600\n", width, height, false));
            ref.get().state.setLanguage(lang);
        });
        KioskHarness kiosk = ref.get();
        try {
            assertEquals(height > width, kiosk.kiosk.visitor().portrait());
            assertTrue(kiosk.kiosk.visitor().flows().frames() >= 0);
            assertTrue(kiosk.window.map().mapStyleProperty().get().labelSize() >= 16, "map labels ≥ 16 px");
            check(robot, kiosk, width, height, lang + "-" + width + "x" + height + "-home");
            robot.interact(() -> kiosk.state.select("331181"));
            check(robot, kiosk, width, height, lang + "-" + width + "x" + height + "-selected");
            robot.interact(() -> kiosk.kiosk.cities().open());
            check(robot, kiosk, width, height, lang + "-" + width + "x" + height + "-cities");
            robot.interact(() -> kiosk.kiosk.idle().attractNow());
            robot.interact(() -> kiosk.state.setLanguage(lang));
            check(robot, kiosk, width, height, lang + "-" + width + "x" + height + "-attract");
        } finally {
            robot.interact(kiosk::close);
        }
    }

    private static void check(FxRobot robot, KioskHarness kiosk, int width, int height, String name) throws Exception {
        KioskHarness.waitUntil("the map settles", () -> !kiosk.window.map().moving());
        List<String> problems = WaitForAsyncUtils.asyncFx(() -> problems(kiosk.scene.getRoot(), width, height)).get();
        save(robot, kiosk, name);
        assertTrue(problems.isEmpty(), name + ":\n" + String.join("\n", problems));
    }

    static List<String> problems(Node root, int width, int height) {
        List<String> out = new ArrayList<>();
        // the map is the hero: at least two fifths of the screen's height however the rest is laid out
        Node hero = root.lookup(".kiosk-hero");
        if (hero.getLayoutBounds().getHeight() < height * (height > width ? 0.3 : 0.55)) {
            out.add("the map is only " + hero.getLayoutBounds().getHeight() + " px tall");
        }
        for (Node n : NodesShown.all(root)) {
            if (!NodesShown.shown(n) || n.getScene() == null || n.getParent() == null) {
                continue;
            }
            String what = n.getClass().getSimpleName() + (n.getId() != null ? " #" + n.getId() : "")
                    + (n instanceof Labeled l ? " \"" + l.getText() + "\"" : "");
            if (n instanceof ButtonBase b && !insideAScrollPane(b)) {
                Bounds s = b.localToScene(b.getLayoutBounds());
                if (s.getMinX() < -0.5 || s.getMinY() < -0.5 || s.getMaxX() > width + 0.5 || s.getMaxY() > height + 0.5) {
                    out.add(what + " is off the " + width + "×" + height + " screen at " + s);
                }
                if (b.getWidth() < KioskStyle.MIN_TARGET_PX - 0.5 || b.getHeight() < KioskStyle.MIN_TARGET_PX - 0.5) {
                    out.add(what + " is a " + b.getWidth() + "×" + b.getHeight() + " px target, under 44 px");
                }
            }
            if (n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
                double size = l.getFont().getSize();
                double min = l.getStyleClass().contains("kiosk-heading") ? 28 : KioskStyle.MIN_BODY_PX;
                if (size < min - 0.01) {
                    out.add(what + " is " + size + " px, under " + min + " px");
                }
                if (isCut(l)) {
                    out.add(what + " is cut off");
                }
            }
        }
        return out;
    }

    private static boolean isCut(Labeled l) {
        var text = l.lookup(".text");
        String ellipsis = l.getEllipsisString();
        return text instanceof javafx.scene.text.Text t && t.getText() != null && !t.getText().equals(l.getText())
                && t.getText().endsWith(ellipsis);
    }

    private static boolean insideAScrollPane(Node n) {
        for (Node p = n.getParent(); p != null; p = p.getParent()) {
            if (p instanceof javafx.scene.control.ScrollPane) {
                return true;
            }
        }
        return false;
    }

    private static void save(FxRobot robot, KioskHarness kiosk, String name) throws Exception {
        java.nio.file.Path dir = java.nio.file.Path.of("target/kiosk-look");
        java.nio.file.Files.createDirectories(dir);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> kiosk.scene.snapshot(null)).get();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name + ".png").toFile());
    }
}
