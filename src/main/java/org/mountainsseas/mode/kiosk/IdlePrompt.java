package org.mountainsseas.mode.kiosk;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;

/**
 * The "Still looking? / 还在看吗？" prompt with its countdown, in both languages (the visitor may
 * not read the one the screen is in), over a dimmed map. Touching anywhere keeps the view.
 */
public final class IdlePrompt extends StackPane {
    private final Label body = new Label();
    private final Label bodyOther = new Label();
    private final Button stay = new Button();
    private Runnable onStay = () -> { };

    public IdlePrompt() {
        setId("idle-prompt");
        getStyleClass().add("kiosk-dim");
        body.getStyleClass().add("body");
        bodyOther.getStyleClass().add("body");
        stay.setId("idle-stay");
        stay.getStyleClass().add("primary");
        stay.setText(KioskCard.both("kiosk.idle.stay", " · "));
        stay.setOnAction(e -> onStay.run());
        getChildren().add(KioskCard.of("kiosk.idle.title", body, bodyOther, stay));
        setVisible(false);
    }

    void setOnStay(Runnable r) {
        onStay = r;
    }

    void show(int secondsLeft) {
        body.setText(Messages.format(Language.ZH, "kiosk.idle.body", secondsLeft));
        bodyOther.setText(Messages.format(Language.EN, "kiosk.idle.body", secondsLeft));
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
