package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The warning shown when kept imports failed the start-up checks: in the app's language, with Restore right there. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class ImportsRefusedNoticeTest {
    private static final List<LoadProblem> WHY = List.of(new LoadProblem("data/qingda-line.json", "Qingda Line", "endpoints",
            "the two endpoints coincide"));
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    @Test
    void restoreInTheNoticeRemovesTheImports(FxRobot robot) {
        AppState state = new AppState(Language.ZH);
        AtomicInteger restored = new AtomicInteger();
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            shown[0] = ImportsRefusedNotice.alert(state, stage, WHY, restored::incrementAndGet);
            shown[0].show();
        });
        Alert a = shown[0];
        assertEquals("无法使用导入的数据", a.getTitle());
        assertTrue(a.getContentText().contains("endpoints: the two endpoints coincide"), a.getContentText());
        ButtonType restore = a.getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        assertEquals("恢复内置数据", restore.getText());
        robot.interact(() -> ((Button) a.getDialogPane().lookupButton(restore)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, restored.get());
    }

    @Test
    void closingTheNoticeRestoresNothing(FxRobot robot) {
        AppState state = new AppState(Language.EN);
        AtomicInteger restored = new AtomicInteger();
        Alert[] shown = new Alert[1];
        robot.interact(() -> {
            shown[0] = ImportsRefusedNotice.alert(state, stage, WHY, restored::incrementAndGet);
            shown[0].show();
        });
        ButtonType close = shown[0].getButtonTypes().stream().filter(b -> b.getButtonData() == ButtonBar.ButtonData.CANCEL_CLOSE).findFirst().orElseThrow();
        robot.interact(() -> ((Button) shown[0].getDialogPane().lookupButton(close)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, restored.get());
    }
}
