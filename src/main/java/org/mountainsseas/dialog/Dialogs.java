package org.mountainsseas.dialog;

import java.util.Collection;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar.ButtonData;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Dialog;
import javafx.scene.control.TextInputDialog;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;

/**
 * Dialogs and dialog buttons in the app's language. JavaFX names its stock buttons
 * ({@code ButtonType.OK}, {@code CANCEL}, …) and its dialogs' default titles in the JVM's locale,
 * so a Chinese window on an English system would offer "OK" and "Cancel"; these take their words
 * from {@link Messages} instead. A button type made here is a new object each time: compare a
 * dialog's result by its {@link ButtonData} or with the instance you passed in.
 */
public final class Dialogs {
    private Dialogs() {
    }

    public static ButtonType ok(Language l) {
        return new ButtonType(Messages.get(l, "dialog.ok"), ButtonData.OK_DONE);
    }

    public static ButtonType cancel(Language l) {
        return new ButtonType(Messages.get(l, "dialog.cancel"), ButtonData.CANCEL_CLOSE);
    }

    public static ButtonType close(Language l) {
        return new ButtonType(Messages.get(l, "dialog.close"), ButtonData.CANCEL_CLOSE);
    }

    /**
     * An alert with the given title, header (null for none) and message, and {@code buttons}
     * (none given: one OK), all in {@code l}.
     */
    public static Alert alert(Language l, Alert.AlertType type, String title, String header, String message,
                              ButtonType... buttons) {
        Alert a = new Alert(type, message, buttons.length == 0 ? new ButtonType[] {ok(l)} : buttons);
        a.setTitle(title);
        a.setHeaderText(header);
        return a;
    }

    /** A pick from {@code choices} (starting at {@code initial}) with OK and Cancel in {@code l}. */
    public static <T> ChoiceDialog<T> choice(Language l, String title, String header, T initial, Collection<T> choices) {
        return okCancel(new ChoiceDialog<>(initial, choices), l, title, header);
    }

    /** A line of text to type (starting as {@code initial}) with OK and Cancel in {@code l}. */
    public static TextInputDialog textInput(Language l, String title, String header, String initial) {
        return okCancel(new TextInputDialog(initial), l, title, header);
    }

    // these dialogs answer by the button's data (OK_DONE gives the value), so ours work as the stock ones did
    private static <D extends Dialog<?>> D okCancel(D d, Language l, String title, String header) {
        d.getDialogPane().getButtonTypes().setAll(ok(l), cancel(l));
        d.setTitle(title);
        d.setHeaderText(header);
        return d;
    }
}
