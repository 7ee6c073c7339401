package org.mountainsseas.panel;

import org.mountainsseas.testing.TestWorld;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class FiguresPanelTest {
    private static Dataset data;
    private AppState state;

    @BeforeAll
    static void load() {
        data = TestWorld.bundled().dataset();
    }

    @Start
    void start(Stage stage) {
        state = new AppState(Language.EN);
        state.loadData(data, Map.of(), List.of());
        Scene scene = new Scene(new FiguresPanel(state, url -> { }), 400, 900);
        scene.getStylesheets().add(FiguresPanel.class.getResource("/org/mountainsseas/app/app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static List<Number> ys(XYChart<?, ?> chart) {
        return ((XYChart.Series<Object, Object>) chart.getData().get(0)).getData().stream()
                .map(d -> (Number) (d.getYValue() instanceof Number ? d.getYValue() : d.getXValue()))
                .collect(Collectors.toList());
    }

    @SuppressWarnings("unchecked")
    private static List<Number> xs(LineChart<Number, Number> chart) {
        return chart.getData().get(0).getData().stream().map(XYChart.Data::getXValue).collect(Collectors.toList());
    }

    private static Set<Object> sourceIds(FxRobot robot, String box) {
        return robot.lookup(box + " .source-row").queryAll().stream().map(Node::getUserData).collect(Collectors.toSet());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theProjectsTrendShowsBothDatesWithTheirSources(FxRobot robot) {
        LineChart<Number, Number> chart = robot.lookup("#chart-projects").queryAs(LineChart.class);
        assertEquals(List.of(8803.0, 12438.0), ys(chart).stream().map(Number::doubleValue).collect(Collectors.toList()));
        assertEquals(2014 + 8 / 12.0, xs(chart).get(0).doubleValue(), 1e-9, "September 2014");
        assertEquals(2023 + 8 / 12.0, xs(chart).get(1).doubleValue(), 1e-9, "September 2023");
        assertTrue(((NumberAxis) chart.getYAxis()).isForceZeroInRange(), "a trend starts from zero");
        assertEquals(Set.of("tz2014", "seed000", "gansu2023"), sourceIds(robot, "#figures-projects"));
        assertTrue(robot.lookup("#figures-projects .confidence").queryAll().size() >= 2, "each date shows its confidence");
    }

    @Test
    @SuppressWarnings("unchecked")
    void moneyIsScaledToYiInChineseAndBillionsInEnglish(FxRobot robot) {
        LineChart<Number, Number> en = robot.lookup("#chart-gdp26").queryAs(LineChart.class);
        assertEquals("¥ bn", en.getYAxis().getLabel());
        assertEquals(List.of(85.0, 740.4), ys(en).stream().map(Number::doubleValue).collect(Collectors.toList()));
        robot.interact(() -> state.setLanguage(Language.ZH));
        LineChart<Number, Number> zh = robot.lookup("#chart-gdp26").queryAs(LineChart.class);
        assertEquals("亿元", zh.getYAxis().getLabel());
        assertEquals(List.of(850.0, 7404.0), ys(zh).stream().map(Number::doubleValue).collect(Collectors.toList()));
    }

    @Test
    void aSeriesThatChangesMeasureOrPeriodIsSeparateNumbersNotALine(FxRobot robot) {
        assertFalse(robot.lookup("#chart-projectInvestment").tryQuery().isPresent(), "funds in place (2014) and investment completed (2023) are not one line");
        assertFalse(robot.lookup("#chart-urbanRuralRatio").tryQuery().isPresent(), "a Jan–Sep ratio and an annual ratio are not one line");
        for (String id : List.of("F14", "F25", "F17", "F21")) {
            assertTrue(robot.lookup("#figures-" + id + " .figure-big").tryQuery().isPresent(), id + " is its own labelled number");
        }
        robot.interact(() -> state.setLanguage(Language.ZH));
        assertTrue(robot.lookup("#figures-F14 .note").queryAll().stream()
                .anyMatch(n -> ((Label) n).getText().contains("口径不同")), "the change of definition is noted");
    }

    @Test
    void everyConsistentSeriesIsATrendAndTheGdpOfThe26CountiesRunsFrom2002To2022(FxRobot robot) {
        for (String series : List.of("projects", "trained", "gdp26")) {
            assertTrue(robot.lookup("#chart-" + series).tryQuery().isPresent(), series);
        }
        @SuppressWarnings("unchecked")
        LineChart<Number, Number> gdp = robot.lookup("#chart-gdp26").queryAs(LineChart.class);
        assertEquals(List.of(2002.0, 2022.0), xs(gdp).stream().map(Number::doubleValue).collect(Collectors.toList()));
    }

    @Test
    void countsOfDifferentThingsAreNotBarsOnOneAxisAndTextFiguresAreNotCharted(FxRobot robot) {
        assertTrue(robot.lookup(".figure-chart").queryAll().stream().noneMatch(n -> n instanceof BarChart),
                "no figures in the data share a measure at one date: enclave parks are not expert groups");
        assertTrue(robot.lookup("#figures-F01 .figure-big").tryQuery().isPresent(), "42 enclave parks is one number");
        assertTrue(robot.lookup("#figures-F30 .figure-big").tryQuery().isPresent(), "a figure with nothing to compare is one number");
        assertTrue(robot.lookup("#figures-F23 .figure-text").tryQuery().isPresent(), "F23 has no single value: text");
        assertFalse(robot.lookup("#chart-F23").tryQuery().isPresent());
        assertTrue(robot.lookup("#figures-F23 .figure-text").queryAs(Label.class).getText().contains("20 years (urban)"));
    }
}
