package org.mountainsseas.app;

import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;
import org.mountainsseas.state.AppState;

/**
 * Says, in the user's language, that the kept imports failed the start-up checks and the bundled
 * data are shown instead, and offers <i>Restore bundled data</i> right there (see {@link StartData}).
 * The reason also joins the problems the ⚠ badge lists.
 */
final class ImportsRefusedNotice {
    private ImportsRefusedNotice() {
    }

    /** The problem the badge lists: the first reasons, in both languages. */
    static LoadProblem problem(List<LoadProblem> why) {
        String reasons = why.stream().limit(3).map(LoadProblem::describe).collect(Collectors.joining("; "));
        String file = why.get(0).file();
        return new LoadProblem(file, null, null, "the imported data were not used, the bundled data are shown: " + reasons,
                Text.of(Messages.format(Language.ZH, "imports.refused.body", reasons),
                        Messages.format(Language.EN, "imports.refused.body", reasons)));
    }

    /** The notice with <i>Restore bundled data</i> and <i>Close</i>, not yet shown; {@code restore} runs on the first. */
    static Alert alert(AppState state, Stage owner, List<LoadProblem> why, Runnable restore) {
        Language l = state.language();
        ButtonType restoreButton = new ButtonType(state.text("review.data.restore"), ButtonBar.ButtonData.OK_DONE);
        Alert a = Dialogs.alert(l, Alert.AlertType.WARNING, state.text("imports.refused.title"),
                state.text("imports.refused.title"), problem(why).describe(l), restoreButton, Dialogs.close(l));
        a.initOwner(owner);
        a.getDialogPane().setPrefWidth(600);
        a.setOnHidden(e -> {
            if (a.getResult() == restoreButton) {
                restore.run();
            }
        });
        return a;
    }
}
