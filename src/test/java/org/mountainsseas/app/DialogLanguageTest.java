package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.data.ImportKind;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.mode.lecture.LectureTheme;
import org.mountainsseas.model.Language;
import org.mountainsseas.panel.AboutDialog;
import org.mountainsseas.panel.ProblemsDialog;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every dialog the window opens names its buttons in the language the app shows, not the JVM's:
 * a Chinese window on an English system says 确定 / 取消 / 关闭, an English one on a Chinese system
 * OK / Cancel / Close (JavaFX's stock buttons would follow the system).
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DialogLanguageTest {
    private static final Locale SYSTEM = Locale.getDefault();
    private AppState state;
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, TestWorld.bundled(), url -> { });
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore(FxRobot robot) {
        Locale.setDefault(SYSTEM);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    @Test
    void aChineseWindowOnAnEnglishSystemSaysQueDingQuXiaoGuanBi(FxRobot robot, @TempDir Path dir) throws Exception {
        Locale.setDefault(Locale.ENGLISH);
        assertEquals(expected("确定", "取消", "关闭", "应用导入"), buttonsOfEveryDialog(robot, Language.ZH, dir));
    }

    @Test
    void anEnglishWindowOnAChineseSystemSaysOkCancelClose(FxRobot robot, @TempDir Path dir) throws Exception {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        assertEquals(expected("OK", "Cancel", "Close", "Apply import"), buttonsOfEveryDialog(robot, Language.EN, dir));
    }

    private static Map<String, List<String>> expected(String ok, String cancel, String close, String apply) {
        return Map.of("about", List.of(close), "problems", List.of(close), "import report", List.of(apply, cancel),
                "restore question", List.of(ok, cancel), "error", List.of(ok), "note", List.of(ok), "bad tour", List.of(ok));
    }

    /** The text on the buttons of each dialog the window can open, shown in {@code language}. */
    private Map<String, List<String>> buttonsOfEveryDialog(FxRobot robot, Language language, Path dir) throws Exception {
        robot.interact(() -> state.setLanguage(language));
        Path badTour = dir.resolve("tour.json");
        Files.writeString(badTour, "{}");
        ImportReport report = new ImportReport("pairings.json", ImportKind.PAIRINGS, new byte[0], "2025-11-23",
                List.of("p-new"), List.of(), List.of(), List.of(), state.dataset());
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("about", shown(robot, () -> AboutDialog.create(state, stage).show()));
        out.put("problems", shown(robot, () -> ProblemsDialog.create(state, stage).show()));
        out.put("import report", shown(robot, () -> ImportDialog.create(stage, state, report).show()));
        out.put("restore question", shown(robot, () -> window.files().restoreQuestion().show()));
        out.put("error", shown(robot, () -> TaskRunner.error(stage, state, "disk full")));
        out.put("note", shown(robot, () -> TaskRunner.info(stage, state, "nothing to do")));
        out.put("bad tour", shown(robot, () -> window.present(badTour.toString(), LectureTheme.PROJECTOR, 1)));
        return out;
    }

    /** Opens a dialog, reads its buttons as drawn, and closes it again. */
    private List<String> shown(FxRobot robot, Runnable open) throws Exception {
        robot.interact(open);
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            for (Window w : List.copyOf(Window.getWindows())) {
                if (w != stage && w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                    for (ButtonType type : pane.getButtonTypes()) {
                        texts.add(((Button) pane.lookupButton(type)).getText());
                    }
                    w.hide();
                }
            }
            return texts;
        }).get();
    }
}
