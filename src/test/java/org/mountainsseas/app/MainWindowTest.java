package org.mountainsseas.app;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    private static World world;
    private AppState state;
    private MainWindow window;

    @BeforeAll
    static void loadWorld() {
        world = TestWorld.bundled();
        assertTrue(world.problems().isEmpty(), world.problems().toString());
    }

    @Start
    void start(Stage stage) {
        state = TestWorld.state(Language.EN);
        window = new MainWindow(state, world, url -> { });
        Scene scene = new Scene(window, 1280, 800);
        scene.getStylesheets().add(MainWindow.class.getResource(MountainsSeasApp.CSS).toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    private void clickCounty(FxRobot robot, String adcode) {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D local = window.map().screenPointOf(adcode);
        assertNotNull(local, "the map is laid out");
        // a little above the label point, so the click lands on the county, not on an enclave marker below it
        robot.clickOn(window.map().localToScreen(local.getX(), local.getY() - 3));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void clickingACountyShowsItsNamePartnersAndSources(FxRobot robot) {
        long paintsBefore = window.map().layers().get(0).paintCount();
        clickCounty(robot, "331181");
        assertEquals("331181", state.selected());
        assertEquals("Longquan City", text(robot, "#county-name"));
        assertEquals("龙泉市", text(robot, "#county-name-other"));
        assertTrue(robot.lookup("#partner-330109").tryQuery().isPresent(), "Xiaoshan is listed");
        assertTrue(robot.lookup("#partner-330411").tryQuery().isPresent(), "Xiuzhou is listed");
        assertTrue(robot.lookup(".source-row").queryAll().size() >= 3, "the pairings show their sources");
        assertTrue(robot.lookup(".confidence-high").tryQuery().isPresent(), "and their confidence");
        assertTrue(state.highlighted().containsAll(List.of("331181", "330109", "330411")), "partners are highlighted");
        assertTrue(window.map().layers().get(0).paintCount() > paintsBefore, "the land layer repainted the highlight");
    }

    @Test
    void allMapLayersPaintOntoOneCanvasAndAllRepaintWhenOneChanges(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.map().lookupAll(".canvas-layer-surface").size(), "one shared canvas");
        long labelsBefore = window.map().labels().paintCount();
        long landBefore = window.map().layers().get(0).paintCount();
        robot.interact(state::toggleLanguage);
        // on the next pulse, which a loaded machine may hold back past a few FX events
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.map().labels().paintCount() > labelsBefore);
        assertTrue(window.map().labels().paintCount() > labelsBefore, "the labels repainted in the other language");
        assertTrue(window.map().layers().get(0).paintCount() > landBefore, "and the land under them was repainted too");
    }

    @Test
    void clickingAPartnerInThePanelSelectsItOnTheMap(FxRobot robot) {
        robot.interact(() -> state.select("331181"));
        robot.clickOn("#partner-330109");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("330109", state.selected());
        assertEquals("Xiaoshan District", text(robot, "#county-name"));
        assertTrue(robot.lookup("#partner-331181").tryQuery().isPresent(), "Xiaoshan lists Longquan, which it supports");
    }

    @Test
    void switchingLanguageRelabelsThePanelAndTheMap(FxRobot robot) {
        robot.interact(() -> state.select("331181"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().labels().placedTexts().contains("Longquan"), window.map().labels().placedTexts().toString());
        robot.clickOn("#language");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Language.ZH, state.language());
        assertEquals("龙泉市", text(robot, "#county-name"));
        assertTrue(window.map().labels().placedTexts().contains("龙泉"), window.map().labels().placedTexts().toString());
        assertTrue(robot.lookup("结对方").tryQuery().isPresent(), "section titles are Chinese");
    }

    @Test
    void aMountainCountyWithoutAKnownPartnerSaysSo(FxRobot robot) {
        clickCounty(robot, "330324");
        assertEquals("330324", state.selected());
        Node none = robot.lookup("#no-partner").query();
        assertTrue(none.isVisible());
        assertTrue(((Label) none).getText().contains("No partner is known"), ((Label) none).getText());
    }

    @Test
    void clickingTheSeaClearsTheSelection(FxRobot robot) {
        robot.interact(() -> state.select("331181"));
        Point2D sea = window.map().localToScreen(window.map().getWidth() - 60, 60);
        robot.clickOn(sea);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, state.selected());
        assertTrue(robot.lookup(".panel-title").queryAs(Label.class).getText().contains("mountains"));
    }

    @Test
    void theLegendFoldsOnAShortMapAndOpensOnAClick(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        var legend = window.map().legend();
        boolean shortMap = window.map().getHeight() < 640;
        assertEquals(shortMap, legend.isCollapsed(), "map height " + window.map().getHeight());
        robot.clickOn("#legend-title");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(!shortMap, legend.isCollapsed());
        assertEquals(!legend.isCollapsed(), robot.lookup(".legend-row").query().isVisible());
    }

    @Test
    void theZoomButtonsZoomAndHomeReturns(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        double home = window.map().camera().zoom();
        robot.clickOn("#zoom-in");
        waitUntilStill();
        assertEquals(home + 1, window.map().camera().zoom(), 0.01);
        robot.clickOn("#home");
        waitUntilStill();
        assertEquals(home, window.map().camera().zoom(), 0.01);
    }

    private void waitUntilStill() {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                    () -> WaitForAsyncUtils.asyncFx(() -> !window.map().moving()).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the camera did not settle", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theMapKeepsItsSizeWhenItTakesOrLosesTheKeyboardFocus(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.reviewBar().search().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        double w = window.map().getWidth(), h = window.map().getHeight();
        robot.interact(() -> window.map().requestFocus());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.map().isFocused());
        // a focus border once changed the map's insets: every focus change re-fitted and repainted the map
        assertEquals(w, window.map().getWidth(), 0.01);
        assertEquals(h, window.map().getHeight(), 0.01);
    }

    @Test
    void theFirstWindowHasNoComboBoxChoiceBoxOrListToSkin(FxRobot robot) {
        // a combo box's or list's skin costs tens of milliseconds in the first CSS pass (README, Performance)
        WaitForAsyncUtils.waitForFxEvents();
        List<String> heavy = robot.lookup(n -> n instanceof javafx.scene.control.ComboBoxBase<?>
                        || n instanceof javafx.scene.control.ChoiceBox<?> || n instanceof javafx.scene.control.ListView<?>
                        || n instanceof javafx.scene.control.TableView<?>).queryAll()
                .stream().map(n -> n.getClass().getSimpleName() + (n.getId() == null ? "" : "#" + n.getId())).toList();
        assertEquals(List.of(), heavy, "controls with a heavy skin in the first window");
    }

    @Test
    void theReviewAreaIsBuiltWhenFirstOpened(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-area").tryQuery().isEmpty(), "closed: not built");
        robot.interact(() -> state.review().setOpen(true));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".review-area").tryQuery().isPresent(), "opened: built and shown");
        robot.interact(() -> state.review().setOpen(false));
    }

    @Test
    void aWindowOpenedWithTheReviewAreaOpenPassesItsLinksOn(FxRobot robot) {
        java.util.List<String> opened = new java.util.ArrayList<>();
        robot.interact(() -> {
            AppState open = TestWorld.state(Language.EN);
            open.review().setOpen(true);
            MainWindow w = new MainWindow(open, world, opened::add);
            var tabs = (javafx.scene.control.TabPane) w.review().lookup("#review-tabs");
            // the Sources tab is not shown, so not skinned: its parts are the split pane's items
            var sources = ((javafx.scene.control.SplitPane) tabs.getTabs().stream().filter(t -> "tab-sources".equals(t.getId()))
                    .findFirst().orElseThrow().getContent()).getItems();
            @SuppressWarnings("unchecked")
            var table = (javafx.scene.control.TableView<org.mountainsseas.model.Source>) sources.stream()
                    .map(n -> n.lookup("#sources-table")).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
            var withUrl = table.getItems().stream().filter(src -> src.url() != null && src.url().startsWith("http"))
                    .findFirst().orElseThrow();
            table.getSelectionModel().select(withUrl);
            sources.stream().flatMap(n -> n.lookupAll(".hyperlink").stream()).map(javafx.scene.control.Hyperlink.class::cast)
                    .filter(h -> withUrl.url().equals(h.getText())).findFirst().orElseThrow().fire();
            w.dispose();
            assertEquals(List.of(withUrl.url()), opened, "the source's link reaches the window's link opener");
        });
    }

    @Test
    void aDisposedWindowNoLongerFollowsTheState(FxRobot robot) {
        robot.interact(() -> {
            AppState other = TestWorld.state(Language.EN);
            MainWindow w = new MainWindow(other, world, url -> { });
            var centre = w.getCenter();
            w.dispose();
            other.review().setOpen(true);
            assertSame(centre, w.getCenter(), "the review area is not opened in a disposed window");
            assertFalse(((javafx.scene.control.ToggleButton) w.reviewBar().lookup("#review-toggle")).isSelected(),
                    "nor is its review toggle pressed");
        });
    }
}
