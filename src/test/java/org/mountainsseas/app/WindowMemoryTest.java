package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.io.Settings;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The app's use of the settings file: a language change is saved at once, the window and the review divider on exit, a damaged file is reported. */
@Tag("ui")
class WindowMemoryTest {

    private static <T> T onFx(java.util.concurrent.Callable<T> task) throws Exception {
        return WaitForAsyncUtils.asyncFx(task).get();
    }

    @Test
    void aLanguageChangeIsSavedAtOnceAndTheWindowOnExit(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        AppState state = onFx(() -> new AppState(Language.EN));
        WindowMemory memory = new WindowMemory(new SettingsStore(dir));
        AtomicReference<Stage> stage = new AtomicReference<>();
        onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), 900, 640));
            memory.rememberReviewSplit(() -> 0.7);
            memory.attach(state, s);
            s.show();
            stage.set(s);
            state.setLanguage(Language.ZH);
            return null;
        });
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
}
