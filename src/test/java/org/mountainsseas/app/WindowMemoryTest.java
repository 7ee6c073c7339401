package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.io.Settings;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app's use of the settings file: a language change is saved at once, the window and the review divider on exit,
 * a damaged file is reported, and settings that cannot be saved are told to the user once.
 */
@Tag("ui")
class WindowMemoryTest {

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    /** A 900×640 window whose place {@code memory} keeps, shown, and then switched to Chinese (which saves). */
    private static Stage showInChinese(WindowMemory memory, AppState state, java.util.function.Consumer<Stage> before)
            throws Exception {
        return onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 900, 640));
            before.accept(s);
            memory.attach(state, s);
            s.show();
            state.setLanguage(Language.ZH);
            return s;
        });
    }

    @Test
    void aLanguageChangeIsSavedAtOnceAndTheWindowOnExit(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        AppState state = onFx(() -> new AppState(Language.EN));
        WindowMemory memory = new WindowMemory(new SettingsStore(dir));
        memory.rememberReviewSplit(() -> 0.7);
        AtomicReference<Stage> stage = new AtomicReference<>(showInChinese(memory, state, s -> { }));
        memory.flush();
        Settings saved = new SettingsStore(dir).load();
        assertEquals(Language.ZH, saved.language(), "saved when the language changed, before any exit");
        onFx(() -> {
            memory.dispose();
            stage.get().close();
            return null;
        });
        Settings onExit = new SettingsStore(dir).load();
        assertNotNull(onExit.window());
        assertEquals(900, onExit.window().width(), 1);
        assertEquals(640, onExit.window().height(), 1);
        assertEquals(0.7, onExit.reviewSplit(), 1e-9, "and where the review area's divider stood");
    }

    @Test
    void aKioskNeitherMovesToNorOverwritesTheDesktopWindowsPlace(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Settings.Window desktop = new Settings.Window(40, 30, 1000, 700, false);
        new SettingsStore(dir).save(Settings.defaults().withWindow(desktop));
        AppState state = onFx(() -> new AppState(Language.EN));
        WindowMemory memory = new WindowMemory(new SettingsStore(dir));
        Stage kiosk = onFx(() -> {
            Stage s = new Stage();
            s.setX(0);
            s.setY(0);
            s.setScene(new Scene(new Pane(), 1280, 800));
            memory.attach(state, s, false);
            s.show();
            state.setLanguage(Language.ZH);
            return s;
        });
        assertEquals(0, kiosk.getX(), 1, "the kiosk stays where it covers its screen");
        onFx(() -> {
            memory.dispose();
            kiosk.close();
            return null;
        });
        Settings after = new SettingsStore(dir).load();
        assertEquals(desktop, after.window(), "the desktop window's remembered place and size are untouched");
        assertEquals(Language.ZH, after.language(), "the language is still saved");
    }

    @Test
    void aDamagedSettingsFileIsReportedAndKeptAside(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(Settings.FILE), "{\"format\": \"mountainsseas/settings\", \"version\": 1, \"langu");
        WindowMemory memory = new WindowMemory(new SettingsStore(dir));
        assertEquals(Settings.defaults(), memory.loaded());
        assertNotNull(memory.warning());
        assertTrue(memory.warning().describe().startsWith("settings.json: "), memory.warning().describe());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("settings.json.corrupt-")));
        }
    }

    @Test
    void settingsThatCannotBeSavedAreToldOnceInTheLanguageShownWithWhatToDo(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Path folder = dir.resolve("settings-folder");
        WindowMemory memory = new WindowMemory(new SettingsStore(folder));
        assertNull(memory.warning(), "nothing saved yet is no problem");
        // a file where the settings folder should be: no save can succeed, whoever runs the test (root included)
        Files.writeString(folder, "not a folder");
        AppState state = onFx(() -> new AppState(Language.EN));
        AtomicReference<Stage> stage = new AtomicReference<>(showInChinese(memory, state,
                s -> memory.onSaveFailed(new SettingsNotice(state, s, true))));
        memory.flush();
        WaitForAsyncUtils.waitForFxEvents();
        for (Language l : List.of(Language.EN, Language.ZH, Language.EN, Language.ZH)) {
            onFx(() -> {
                state.setLanguage(l);
                return null;
            });
            memory.flush();
        }
        WaitForAsyncUtils.waitForFxEvents();

        List<DialogPane> warnings = onFx(() -> Window.getWindows().stream()
                .filter(w -> w.isShowing() && w.getScene().getRoot() instanceof DialogPane)
                .map(w -> (DialogPane) w.getScene().getRoot()).toList());
        assertEquals(1, warnings.size(), "five failed saves, one warning");
        DialogPane warning = warnings.get(0);
        assertEquals("无法保存您的设置", warning.getHeaderText(), "in the language shown when it failed");
        String text = warning.getContentText();
        assertTrue(text.startsWith("无法在 " + folder.toAbsolutePath() + " 中写入 settings.json"), text);
        assertTrue(text.contains("请确认该文件夹存在、您有写入权限且磁盘未满"), "says what to do: " + text);
        assertEquals(1, state.problems().size(), "and it stays under the ⚠ badge, once");
        assertEquals(text, state.problems().get(0).describe(Language.ZH));
        assertTrue(state.problems().get(0).describe(Language.EN).startsWith("settings.json could not be written in "
                + folder.toAbsolutePath()), state.problems().get(0).describe(Language.EN));
        onFx(() -> {
            warning.getScene().getWindow().hide();
            memory.dispose();
            stage.get().close();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, state.problems().size(), "the save on exit fails too, and tells no one who has left");
    }
}
