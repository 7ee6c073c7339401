package org.mountainsseas.app;

import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;

/**
 * Tells the user that the settings could not be saved ({@link WindowMemory#onSaveFailed}, once per
 * run): the problem joins those the ⚠ badge lists, and a window that is showing also says so at once,
 * in the app's language, with what to do. A kiosk only lists it: its visitors cannot act on it.
 */
final class SettingsNotice implements Consumer<LoadProblem> {
    private final AppState state;
    private final Stage stage;
    private final boolean speak;

    /** @param speak whether to show a warning as well as listing the problem (false in a kiosk) */
    SettingsNotice(AppState state, Stage stage, boolean speak) {
        this.state = state;
        this.stage = stage;
        this.speak = speak;
    }

    @Override
    public void accept(LoadProblem problem) {
        state.reportProblem(problem);
        if (speak && stage.isShowing()) {
            Language l = state.language();
            Alert a = Dialogs.alert(l, Alert.AlertType.WARNING, state.text("settings.notSaved.title"),
                    state.text("settings.notSaved.header"), problem.describe(l));
            a.initOwner(stage);
            a.getDialogPane().setPrefWidth(560);
            a.show();
        }
    }
}
