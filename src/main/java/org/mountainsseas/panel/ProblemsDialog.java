package org.mountainsseas.panel;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.state.AppState;

/** Lists every problem found at load, each naming its file (and item and field), in the user's language where it has words for people. */
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
        list.setId("problems-list");
        for (LoadProblem p : state.problems()) {
            list.getItems().add(p.describe(l));
        }
        list.setCellFactory(v -> new WrappingCell());
        list.setPrefSize(680, 300);
        d.getDialogPane().setContent(new VBox(list));
        d.getDialogPane().getButtonTypes().add(Dialogs.close(l));
        return d;
    }

    /** A problem can be a long sentence: wrapped to the list's width, never scrolled sideways. */
    private static final class WrappingCell extends ListCell<String> {
        WrappingCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
        }
    }
}
