package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.Source;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A source's URL is a link only if it is a web address; anything else is shown as text and never opened. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SourcesViewTest {
    private static final List<String> URLS = List.of("https://example.org/ok", "httpfoo:/bin/sh", "http/../../../../etc/passwd",
            "file:///etc/passwd");
    private final List<String> opened = new ArrayList<>();
    private SourcesView view;

    @Start
    void start(Stage stage) {
        Dataset.Builder b = Dataset.builder();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < URLS.size(); i++) {
            b.source(new Source("s" + i, "Source " + i, null, null, URLS.get(i), null));
            ids.add("s" + i);
        }
        view = new SourcesView(new Provenance(ids, Confidence.HIGH, null), b.build(), Language.EN, opened::add);
        stage.setScene(new Scene(view, 500, 300));
        stage.show();
    }

    @Test
    void onlyTheWebAddressBecomesALinkAndTheRestReadAsText(FxRobot robot) {
        List<Hyperlink> links = new ArrayList<>(view.lookupAll(".source-link").stream().map(Hyperlink.class::cast).toList());
        assertEquals(1, links.size(), "one link, for https://example.org/ok");
        robot.interact(() -> links.get(0).fire());
        assertEquals(List.of("https://example.org/ok"), opened);
        String shown = view.lookupAll(".source-title").stream().map(n -> ((javafx.scene.text.Text) n).getText()).toList().toString();
        assertTrue(shown.contains("httpfoo:/bin/sh") && shown.contains("http/../../../../etc/passwd"), shown);
    }
}
