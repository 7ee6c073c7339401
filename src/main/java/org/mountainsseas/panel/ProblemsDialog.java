package org.mountainsseas.panel;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;

/** Lists every data problem found at load, each naming its file, item and field. */
public final class ProblemsDialog {
    private ProblemsDialog() {
    }

    public static Dialog<ButtonType> create(AppState state, Window owner) {
        Language l = state.language();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(l, "problems.title"));
        d.setHeaderText(Messages.get(l, "problems.intro"));
        ListView<String> list = new ListView<>();
        for (LoadProblem p : state.problems()) {
            list.getItems().add(p.describe());
        }
        list.setPrefSize(680, 300);
        d.getDialogPane().setContent(new VBox(list));
        d.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        return d;
    }
}
