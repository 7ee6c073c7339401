package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.io.Settings;
import org.mountainsseas.io.SettingsStore;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The problems list speaks the user's language: a damaged settings file is explained in Chinese or English, and so is the Close button. */
@Tag("ui")
class ProblemsDialogTest {

    @Test
    void aDamagedSettingsFileIsExplainedInTheLanguageShown(@TempDir Path dir) throws Exception {
        FxToolkit.registerPrimaryStage();
        Files.writeString(dir.resolve(Settings.FILE), "{\"format\": \"mountainsseas/settings\", \"version\": 1, \"langu");
        SettingsStore store = new SettingsStore(dir);
        store.load();
        LoadProblem data = new LoadProblem("pairings.json", "p-7", "since", "not a year");
        AppState state = WaitForAsyncUtils.asyncFx(() -> {
            AppState s = new AppState(Language.ZH);
            s.loadData(Dataset.empty(), Map.of(), List.of(data, store.warning()));
            return s;
        }).get();

        List<String> zh = shown(state);
        assertTrue(zh.get(1).startsWith("settings.json 已损坏，现使用默认设置"), zh.get(1));
        assertEquals("pairings.json › p-7 › since: not a year", zh.get(0), "a data problem keeps its technical line");
        assertEquals("关闭", closeButton(state).getText());

        WaitForAsyncUtils.asyncFx(() -> state.setLanguage(Language.EN)).get();
        List<String> en = shown(state);
        assertTrue(en.get(1).startsWith("settings.json was damaged, so the defaults are used"), en.get(1));
        assertEquals("Close", closeButton(state).getText());
    }

    @SuppressWarnings("unchecked")
    private static List<String> shown(AppState state) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            VBox content = (VBox) ProblemsDialog.create(state, null).getDialogPane().getContent();
            return List.copyOf(((ListView<String>) content.getChildren().get(0)).getItems());
        }).get();
    }

    private static ButtonType closeButton(AppState state) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> ProblemsDialog.create(state, null).getDialogPane().getButtonTypes().get(0)).get();
    }
}
