package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.search.SearchHit;
import org.mountainsseas.search.SearchIndex;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Where a search result takes the user: a county is selected; cooperation beyond Zhejiang opens on the China view. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class SearchGoTest {
    private AppState state;
    private SearchBox box;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        box = new SearchBox(state);
        stage.setScene(new Scene(box, 400, 60));
        stage.show();
    }

    private SearchHit first(SearchHit.Kind kind, String query) {
        return SearchIndex.build(state.dataset()).search(query, 50).stream().filter(h -> h.kind() == kind)
                .findFirst().orElseThrow(() -> new AssertionError("no " + kind + " hit for " + query));
    }

    @Test
    void anItemBeyondZhejiangOpensOnTheChinaView(FxRobot robot) {
        SearchHit alar = first(SearchHit.Kind.BEYOND, "Alar");
        robot.interact(() -> box.go(alar));
        assertTrue(state.china().chinaShown(), "the China view is shown");
        assertEquals(alar.id(), state.china().selectedItem(), "with the item selected");
        assertEquals(null, state.selected(), "no Zhejiang county is selected instead");
    }

    @Test
    void aCountyIsSelectedOnTheZhejiangMap(FxRobot robot) {
        SearchHit longquan = first(SearchHit.Kind.COUNTY, "Longquan");
        robot.interact(() -> box.go(longquan));
        assertEquals("331181", state.selected());
        assertFalse(state.china().chinaShown());
    }
}
