package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.app.World;
import org.mountainsseas.app.WorldLoader;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A county whose name is at the data's cap (100 characters, combining marks at their limit): the
 * side panel shows it cut, with the full name in a tooltip and for screen readers; a real name is
 * shown whole, with no tooltip.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LongNameTest {
    static final String EN = capped("Longquan City of celadon and swords ");
    static final String ZH = capped("龙泉青瓷宝剑之乡");
    private AppState state;
    private DetailPanel panel;

    /** A name of exactly 100 characters: words, each followed by four combining marks. */
    static String capped(String word) {
        return capped(word, 100);
    }

    /** A text of exactly {@code n} characters: words, each followed by four combining marks. */
    static String capped(String word, int n) {
        StringBuilder b = new StringBuilder();
        while (b.length() < n) {
            b.append(word).append("\u0301\u0302\u0303\u0304");
        }
        return b.substring(0, n);
    }

    /** The bundled data with Longquan renamed. */
    static World world() {
        return replaced(DatasetReader.COUNTIES, "\"zh\": \"龙泉市\"", "\"zh\": \"" + ZH + "\"",
                "\"en\": \"Longquan City\"", "\"en\": \"" + EN + "\"");
    }

    /** The bundled data with, in the data file {@code file}, each even element of {@code replacements} replaced by the next. */
    static World replaced(String file, String... replacements) {
        DataLocation bundled = DataLocation.bundled();
        return WorldLoader.load(new DataLocation() {
            @Override
            public InputStream open(String name) throws IOException {
                if (!name.equals(file)) {
                    return bundled.open(name);
                }
                String json = new String(bundled.open(name).readAllBytes(), StandardCharsets.UTF_8);
                for (int i = 0; i < replacements.length; i += 2) {
                    json = json.replace(replacements[i], replacements[i + 1]);
                }
                return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
            }

            @Override
            public String describe() {
                return "bundled data with " + file + " changed";
            }
        });
    }

    @Start
    void start(Stage stage) {
        World world = world();
        assertTrue(world.problems().isEmpty(), "the data accept the name: " + world.problems());
        state = new AppState(Language.EN);
        state.loadData(world.dataset(), world.sides(), world.problems());
        panel = shown(new DetailPanel(state, url -> { }));
    }

    /** Shows {@code panel} with the app's style sheet in a stage of its own, 380 × 1400. */
    static DetailPanel shown(DetailPanel panel) {
        Stage own = new Stage();
        Scene scene = new Scene(panel, 380, 1400);
        scene.getStylesheets().add(DetailPanel.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        own.setScene(scene);
        own.show();
        return panel;
    }

    @Test
    void aNameAtTheCapIsShownCutWithTheFullNameOnDemand(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("331181"));
        Label name = robot.lookup("#county-name").queryAs(Label.class);
        Label other = robot.lookup("#county-name-other").queryAs(Label.class);
        assertEquals(ShownText.name(EN), name.getText());
        assertEquals(ShownText.name(ZH), other.getText());
        assertTrue(name.getText().endsWith("…"));
        assertEquals(EN, name.getTooltip().getText());
        assertEquals(EN, name.getAccessibleText());
        assertEquals(ZH, other.getTooltip().getText());
        look(robot, "long-name-en");
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertEquals(ShownText.name(ZH), robot.lookup("#county-name").queryAs(Label.class).getText());
        look(robot, "long-name-zh");

        // a partner's panel names Longquan in its link, cut the same way
        robot.interact(() -> {
            state.setLanguage(Language.EN);
            state.select("330109");
        });
        // the panel is refilled on the next pulse, which a loaded machine may hold back past a few FX events
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> robot.lookup("#partner-331181").tryQuery().isPresent());
        Hyperlink link = robot.lookup("#partner-331181").queryAs(Hyperlink.class);
        assertTrue(link.getText().startsWith(ShownText.name(EN) + " · "), link.getText());
    }

    @Test
    void aRealNameIsShownWholeWithoutATooltip(FxRobot robot) throws Exception {
        robot.interact(() -> state.select("331127"));
        Label name = robot.lookup("#county-name").queryAs(Label.class);
        assertEquals("Jingning She Autonomous County", name.getText());
        assertNull(name.getTooltip());
        look(robot, "real-name-en");
    }

    private void look(FxRobot robot, String file) throws Exception {
        robot.interact(() -> {
            panel.applyCss();
            panel.layout();
        });
        Path dir = Files.createDirectories(Path.of("target", "looks"));
        var image = WaitForAsyncUtils.asyncFx(() -> panel.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", dir.resolve(file + ".png").toFile());
    }
}
