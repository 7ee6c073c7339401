package org.mountainsseas.panel;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.mountainsseas.model.WebLink;

/**
 * The evidence under a fact: a confidence badge and its sources (title, publisher, date, link; no
 * links when {@code openLink} is null). {@link #show} updates it in place: the badge, note and source
 * rows it has are reused, so showing another fact's evidence makes no new nodes once it has held as many sources.
 */
final class SourcesView extends VBox {
    private final Consumer<String> openLink;
    private final Label badge = new Label();
    private final FreeText note = new FreeText(() -> {
        Label l = new Label();
        l.getStyleClass().add("confidence-note");
        l.setWrapText(true);
        return l;
    }, "confidence-note");
    private final List<Row> rows = new ArrayList<>();
    private String confidenceClass;

    SourcesView(Provenance p, Dataset data, Language l, Consumer<String> openLink) {
        this(openLink);
        show(p, data, l);
    }

    SourcesView(Consumer<String> openLink) {
        this.openLink = openLink;
        getStyleClass().add("sources");
        badge.getStyleClass().add("confidence");
    }

    /** Shows the evidence of {@code p}. */
    void show(Provenance p, Dataset data, Language l) {
        badge.setText(Messages.get(l, "confidence.label") + " " + Formats.confidence(p.confidence(), l));
        String k = "confidence-" + p.confidence().code();
        Children.swapStyleClass(badge, confidenceClass, k);
        confidenceClass = k;
        List<Node> wanted = new ArrayList<>();
        wanted.add(badge);
        if (p.confidenceNote() != null) {
            wanted.add(note.show(p.confidenceNote().get(l)));
        }
        int n = 0;
        for (String id : p.sourceIds()) {
            Source s = data.source(id);
            if (s == null) {
                continue;
            }
            if (n == rows.size()) {
                rows.add(new Row());
            }
            Row row = rows.get(n++);
            row.show(id, s, l);
            wanted.add(row);
        }
        Children.fit(getChildren(), wanted);
    }

    /** One source: its citation, then a link to open it, or its address as plain text when it is not a web link. */
    private final class Row extends TextFlow {
        private final Text title = new Text();
        private final Hyperlink link = new Hyperlink();
        private final Text plain = new Text();
        private String url;

        Row() {
            title.getStyleClass().add("source-title");
            link.getStyleClass().add("source-link");
            link.setOnAction(e -> openLink.accept(url));
            plain.getStyleClass().add("source-title");
            getStyleClass().add("source-row");
            getChildren().add(title);
        }

        void show(String id, Source s, Language l) {
            title.setText("• " + SourceText.line(s, l) + " ");
            url = s.url();
            List<Node> wanted = new ArrayList<>(2);
            wanted.add(title);
            if (openLink != null && WebLink.isWebLink(url)) {
                link.setText(Messages.get(l, "source.open"));
                link.setAccessibleText(url);
                wanted.add(link);
            } else if (url != null) {
                // not a web link: shown as text, never handed to the desktop
                plain.setText(url);
                wanted.add(plain);
            }
            Children.fit(getChildren(), wanted);
            setUserData(id);
        }
    }
}
