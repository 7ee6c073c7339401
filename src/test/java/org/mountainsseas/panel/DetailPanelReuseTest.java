package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.mountainsseas.testing.TestWorld;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The side panel refills the nodes it has for each selection instead of building new ones, and
 * what it shows is the selected county's alone: Taishun (two partners, three enclaves), then
 * Xiuzhou (one partner, no enclave), then Taishun again.
 */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class DetailPanelReuseTest {
    private static final String TAISHUN = "330329";
    private static final String XIUZHOU = "330411";
    private AppState state;
    private DetailPanel panel;

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        panel = LongNameTest.shown(new DetailPanel(state, url -> { }));
    }

    @Test
    void selectingAThenBThenAReusesThePanelsNodesAndShowsOnlyTheSelectedCountysFacts(FxRobot robot) {
        select(robot, TAISHUN);
        List<Node> first = shown();
        Label name = robot.lookup("#county-name").queryAs(Label.class);
        assertEquals("Taishun County", name.getText());
        assertEquals(3, cards("#enclaves").size(), "Taishun has three enclaves");
        assertEquals(Set.of("partner-330302", "partner-330108"), partnerIds(), "Taishun's partners");

        select(robot, XIUZHOU);
        assertSame(name, robot.lookup("#county-name").queryAs(Label.class), "the title label is kept");
        assertEquals("Xiuzhou District", name.getText());
        assertTrue(cards("#enclaves").isEmpty(), "no enclave card is left from Taishun");
        assertEquals("No enclave is recorded.", text(robot.lookup("#enclaves .empty").queryAs(Label.class)));
        assertEquals(Set.of("partner-331181"), partnerIds(), "only Xiuzhou's partner: Longquan");
        List<Node> second = shown();
        List<String> words = shownTexts();
        assertFalse(words.stream().anyMatch(t -> t.contains("Taishun")), "nothing of Taishun is shown: " + words);

        select(robot, TAISHUN);
        Set<Node> again = identities(shown());
        assertEquals(List.of(), names(first.stream().filter(n -> !again.contains(n))), "every node Taishun showed is shown again");
        Set<Node> before = identities(first);
        before.addAll(second);
        assertEquals(List.of(), names(again.stream().filter(n -> !before.contains(n))), "and no node is new");
        assertEquals("Taishun County", name.getText());
        assertEquals(3, cards("#enclaves").size());
        assertEquals(Set.of("partner-330302", "partner-330108"), partnerIds());
        assertEquals(List.of(), shownTexts().stream().filter(t -> t.contains("Xiuzhou") && !t.contains("Taishun")).toList(),
                "nothing of Xiuzhou is shown");
    }

    private static List<String> names(java.util.stream.Stream<Node> nodes) {
        return nodes.map(n -> n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())).toList();
    }

    private static Set<Node> identities(List<Node> nodes) {
        Set<Node> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }

    private void select(FxRobot robot, String adcode) {
        robot.interact(() -> {
            state.select(adcode);
            panel.getScene().getRoot().applyCss();
            panel.getScene().getRoot().layout();
        });
    }

    /** Every node of the panel that is shown (visible, with visible parents). */
    private List<Node> shown() {
        List<Node> out = new ArrayList<>();
        collect(panel.getContent(), out);
        return out;
    }

    private static void collect(Node n, List<Node> out) {
        if (!n.isVisible()) {
            return;
        }
        out.add(n);
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collect(c, out);
            }
        }
    }

    private List<String> shownTexts() {
        return shown().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText()).collect(Collectors.toList());
    }

    private List<Node> cards(String section) {
        return shown().stream().filter(n -> n.getStyleClass().contains("card") && section.equals("#" + n.getParent().getId())).toList();
    }

    private Set<String> partnerIds() {
        return shown().stream().filter(Hyperlink.class::isInstance).map(Node::getId)
                .filter(id -> id != null && id.startsWith("partner-")).collect(Collectors.toSet());
    }

    private static String text(Label l) {
        return l.getText();
    }
}
