package org.mountainsseas.map;

import org.mountainsseas.testing.MapHarness;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class YearLayersTest {
    private MapHarness ui;

    @Start
    void start(Stage stage) {
        ui = MapHarness.show(stage);
    }

    private ArcPainter arcs() {
        return ui.layer(ArcPainter.class);
    }

    private EnclavePainter enclaves() {
        return ui.layer(EnclavePainter.class);
    }

    private LandPainter land() {
        return ui.layer(LandPainter.class);
    }

    /** Sets the year and waits until the fade has finished and the layers have painted it. */
    private void showYear(FxRobot robot, Integer year) throws Exception {
        robot.interact(() -> {
            if (year == null) {
                ui.state.clearYear();
            } else {
                ui.state.setYear(year);
            }
        });
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> arcs().faded() && land().faded());
        // paint now rather than wait for a pulse: layout runs layoutLayer on a dirty layer
        robot.interact(() -> {
            ui.map().canvas().invalidate();
            ui.map().canvas().layout();
        });
    }

    @Test
    void arcsAndMarkersFadeOutBeforeTheirYearAndDottedWhereTheDateIsUncertain(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1.0, arcs().drawn().get("PR06"), 1e-9, "today every arc is drawn");
        showYear(robot, 2003);
        var drawn = arcs().drawn();
        assertFalse(drawn.containsKey("PR06"), "Binjiang–Taishun (2021) is not drawn in 2003");
        assertEquals(1.0, drawn.get("PR04"), 1e-9, "Rui'an–Wencheng (2002) is");
        assertEquals(YearFade.UNCERTAIN_WEIGHT, drawn.get("PR01"), 1e-9, "Xihu–Chun'an, by 2013, is faint");
        assertFalse(enclaves().drawn().containsKey("E01"), "the Zhibang Building opened in 2023");
        showYear(robot, 2023);
        assertEquals(1.0, enclaves().drawn().get("E01"), 1e-9);
    }

    @Test
    void anArcTheViewIsAboutStaysStrongInAYearWhereItsDateIsUncertain(FxRobot robot) throws Exception {
        showYear(robot, 2003);
        robot.interact(() -> ui.state.select("330127")); // Chun'an, paired with Xihu "by 2013": uncertain in 2003
        showYear(robot, 2003);
        assertEquals(YearFade.UNCERTAIN_WEIGHT, arcs().drawn().get("PR01"), 1e-9, "its weight in the year is still uncertain");
        assertEquals(1.0, arcs().emphasised().get("PR01"), 1e-9, "but the arc the view is about is drawn at full strength");
        robot.interact(() -> ui.state.clearSelection());
        showYear(robot, 2003);
        assertFalse(arcs().emphasised().containsKey("PR01"), "unselected, it is faint again");
        robot.interact(() -> ui.state.spotlight(new org.mountainsseas.state.Spotlight(java.util.Set.of(), java.util.Set.of("PR01"),
                java.util.Set.of(), false)));
        showYear(robot, 2003);
        assertEquals(1.0, arcs().emphasised().get("PR01"), 1e-9, "a lecture step that lights it draws it strong too");
    }

    @Test
    void countiesTakeTheirClassInThatYear(FxRobot robot) throws Exception {
        MapStyle style = MapStyle.standard();
        showYear(robot, 2023);
        assertEquals(style.mountain(), land().fillOf("330326"), "Pingyang on the list in 2023");
        showYear(robot, 2025);
        assertEquals(YearFade.LEFT_LIST, land().fillOf("330326"), "Pingyang left in 2024");
        assertEquals(YearFade.ISLAND, land().fillOf("330305"), "Dongtou joined as an island county");
        assertEquals(style.partner(), land().fillOf("330108"), "Binjiang partners Taishun from 2021");
        showYear(robot, 2003);
        assertEquals(style.other(), land().fillOf("330108"), "but not in 2003");
        showYear(robot, null);
        assertEquals(style.mountain(), land().fillOf("330326"), "today = the 2021 classes as before");
        assertTrue(arcs().drawn().values().stream().allMatch(w -> w == 1.0));
    }

    @Test
    void theDetailPanelSaysWhetherEachPairingHeldInTheYear(FxRobot robot) throws Exception {
        robot.interact(() -> ui.state.select("330329"));
        assertTrue(robot.lookup(".pairing-in-year").queryAll().isEmpty(), "no year, no note");
        showYear(robot, 2003);
        var notes = robot.lookup(".pairing-in-year").queryAllAs(javafx.scene.control.Label.class).stream()
                .map(javafx.scene.control.Label::getText).collect(java.util.stream.Collectors.toList());
        assertEquals(java.util.List.of("Possibly in force at the end of 2003: the date is not certain",
                "Not yet in force at the end of 2003"), notes, "Taishun: Lucheng by 2007 (maybe 2002), Binjiang from 2021");
    }
}
