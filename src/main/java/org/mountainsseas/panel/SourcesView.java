package org.mountainsseas.panel;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.WebLink;
import org.mountainsseas.i18n.Messages;

/** The evidence under a fact: a confidence badge and its sources (title, publisher, date, link; no links when {@code openLink} is null). */
final class SourcesView extends VBox {

    SourcesView(Provenance p, Dataset data, Language l, Consumer<String> openLink) {
        getStyleClass().add("sources");
        Label badge = new Label(Messages.get(l, "confidence.label") + " " + Formats.confidence(p.confidence(), l));
        badge.getStyleClass().addAll("confidence", "confidence-" + p.confidence().code());
        getChildren().add(badge);
        if (p.confidenceNote() != null) {
            Label note = new Label(p.confidenceNote().get(l));
            note.getStyleClass().add("confidence-note");
            note.setWrapText(true);
            getChildren().add(note);
        }
        for (String id : p.sourceIds()) {
            Source s = data.source(id);
            if (s == null) {
                continue;
            }
            String line = SourceText.line(s, l);
            javafx.scene.text.Text title = new javafx.scene.text.Text("• " + line + " ");
            title.getStyleClass().add("source-title");
            javafx.scene.text.TextFlow row = new javafx.scene.text.TextFlow(title);
            if (openLink != null && WebLink.isWebLink(s.url())) {
                Hyperlink link = new Hyperlink(Messages.get(l, "source.open"));
                link.getStyleClass().add("source-link");
                link.setOnAction(e -> openLink.accept(s.url()));
                link.setAccessibleText(s.url());
                row.getChildren().add(link);
            } else if (s.url() != null) {
                // not a web link: shown as text, never handed to the desktop
                javafx.scene.text.Text plain = new javafx.scene.text.Text(s.url());
                plain.getStyleClass().add("source-title");
                row.getChildren().add(plain);
            }
            row.setUserData(id);
            row.getStyleClass().add("source-row");
            getChildren().add(row);
        }
    }
}
