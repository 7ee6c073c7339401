package org.mountainsseas.panel;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.mountainsseas.dialog.Dialogs;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Source;
import org.mountainsseas.state.AppState;

/** The About box: what the app is, and credit for every data source (boundaries and facts). */
public final class AboutDialog {
    private AboutDialog() {
    }

    public static Dialog<ButtonType> create(AppState state, Window owner) {
        Language l = state.language();
        Dataset data = state.dataset();
        Dialog<ButtonType> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get(l, "about.title"));
        d.setHeaderText(Messages.get(l, "app.title"));
        VBox box = new VBox(10);
        box.getStyleClass().add("about");
        box.getChildren().add(Cards.wrap(Messages.get(l, "about.body"), "panel-body"));
        box.getChildren().add(Cards.wrap(Messages.get(l, "about.boundaries"), "panel-body"));
        box.getChildren().add(Cards.wrap(Messages.format(l, "about.facts", data.sources().size(),
                data.dataDate() == null ? "?" : data.dataDate()), "panel-body"));
        VBox list = new VBox(2);
        for (Source s : data.sources()) {
            Label item = Cards.wrap("• " + s.title() + (s.date() != null ? " (" + s.date() + ")" : "")
                    + (s.url() != null ? " — " + s.url() : ""), "about-source");
            list.getChildren().add(item);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(220);
        box.getChildren().addAll(scroll, Cards.wrap(Messages.get(l, "qingda.caveat"), "caveat"),
                Cards.wrap(Messages.get(l, "about.licence"), "panel-body"));
        box.setPrefWidth(620);
        d.getDialogPane().setContent(box);
        d.getDialogPane().getButtonTypes().add(Dialogs.close(l));
        d.getDialogPane().getStyleClass().add("about-dialog");
        return d;
    }
}
