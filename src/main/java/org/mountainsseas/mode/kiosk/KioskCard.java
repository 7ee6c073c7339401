package org.mountainsseas.mode.kiosk;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Language;

/** A centred kiosk card with a title in Chinese and, under it, in English (a visitor may read either). */
final class KioskCard {
    private KioskCard() {
    }

    static VBox of(String titleKey, Node... content) {
        Label title = new Label(Messages.get(Language.ZH, titleKey));
        title.getStyleClass().add("title");
        Label titleOther = new Label(Messages.get(Language.EN, titleKey));
        titleOther.getStyleClass().add("title-other");
        VBox card = new VBox(title, titleOther);
        card.getChildren().addAll(content);
        card.getStyleClass().add("kiosk-card");
        // its drop shadow is blurred once, not on each frame the lights move beside it
        card.setCache(true);
        card.setAlignment(Pos.CENTER);
        card.setMaxSize(VBox.USE_PREF_SIZE, VBox.USE_PREF_SIZE);
        return card;
    }

    /** A key's text in both languages, Chinese first: "继续浏览 · Keep exploring". */
    static String both(String key, String separator) {
        String zh = Messages.get(Language.ZH, key), en = Messages.get(Language.EN, key);
        return zh.equals(en) ? zh : zh + separator + en;
    }
}
