package org.mountainsseas.panel;

import org.mountainsseas.model.Cut;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.mountainsseas.i18n.Numbers;
import org.mountainsseas.model.FigureGroups;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.ProvinceFigure;

/**
 * JavaFX charts for groups of province-wide figures: a line over real time for a series (the
 * x axis in years, the y axis from zero so a trend is not exaggerated), horizontal bars for
 * comparable figures of one date. Values are scaled to the language's unit (亿元, ¥ bn, 万, million)
 * and each point or bar has a tooltip with the figure's own text and date. Pure builders.
 */
final class FigureCharts {
    /** Category labels longer than this are cut with an ellipsis; the full label is in the list below the chart. */
    static final int MAX_CATEGORY = 26;

    private FigureCharts() {
    }

    static LineChart<Number, Number> trend(FigureGroups.Group g, Language l) {
        List<ProvinceFigure> fs = g.figures();
        double first = FigureGroups.when(fs.get(0));
        double last = FigureGroups.when(fs.get(fs.size() - 1));
        double span = Math.max(1, last - first);
        double unit = span > 12 ? 5 : span > 5 ? 2 : 1;
        // a year of margin on each side, then out to whole ticks, so ticks fall on round years
        NumberAxis x = new NumberAxis(Math.floor((first - 1) / unit) * unit, Math.ceil((last + 1) / unit) * unit, unit);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return Math.abs(n.doubleValue() - Math.rint(n.doubleValue())) < 1e-6 ? String.valueOf(Math.round(n.doubleValue())) : "";
            }

            @Override
            public Number fromString(String s) {
                return Double.valueOf(s);
            }
        });
        Numbers.Scale scale = scale(g, l);
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(true);
        y.setLabel(scale.label().isEmpty() ? null : scale.label());
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        series.setName(fs.get(fs.size() - 1).figure().label().get(l));
        for (ProvinceFigure f : fs) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(FigureGroups.when(f), scale.apply(f.figure().value()));
            d.setExtraValue(f);
            series.getData().add(d);
        }
        chart.getData().add(series);
        style(chart, g);
        tooltips(chart, series, l);
        return chart;
    }

    static BarChart<Number, String> bars(FigureGroups.Group g, Language l) {
        Numbers.Scale scale = scale(g, l);
        NumberAxis x = new NumberAxis();
        x.setLabel(scale.label().isEmpty() ? null : scale.label());
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // bottom-up on a vertical category axis: add in reverse so the file order reads top-down
        List<ProvinceFigure> fs = g.figures();
        for (int i = fs.size() - 1; i >= 0; i--) {
            ProvinceFigure f = fs.get(i);
            XYChart.Data<Number, String> d = new XYChart.Data<>(scale.apply(f.figure().value()), category(f, l));
            d.setExtraValue(f);
            series.getData().add(d);
        }
        chart.getData().add(series);
        chart.setCategoryGap(6);
        chart.setPrefHeight(60 + 30 * fs.size());
        chart.setMinHeight(chart.getPrefHeight());
        style(chart, g);
        tooltips(chart, series, l);
        return chart;
    }

    /** The bar's category: the figure's label, cut to fit. */
    static String category(ProvinceFigure f, Language l) {
        String s = f.figure().label().get(l);
        return Cut.toLength(s, MAX_CATEGORY);
    }

    private static Numbers.Scale scale(FigureGroups.Group g, Language l) {
        double max = g.figures().stream().mapToDouble(f -> Math.abs(f.figure().value())).max().orElse(0);
        return Numbers.scale(max, g.unit(), l);
    }

    private static void style(XYChart<?, ?> chart, FigureGroups.Group g) {
        chart.setAnimated(false);
        chart.setLegendVisible(false);
        chart.getStyleClass().add("figure-chart");
        chart.setId("chart-" + (g.figures().get(0).series() != null ? g.figures().get(0).series() : g.figures().get(0).id()));
        if (chart.getPrefHeight() <= 0) {
            chart.setPrefHeight(210);
            chart.setMinHeight(210);
        }
    }

    private static <X, Y> void tooltips(XYChart<X, Y> chart, XYChart.Series<X, Y> series, Language l) {
        StringBuilder spoken = new StringBuilder(series.getName() == null ? "" : series.getName() + ": ");
        for (XYChart.Data<X, Y> d : series.getData()) {
            ProvinceFigure f = (ProvinceFigure) d.getExtraValue();
            String tip = f.figure().label().get(l) + ": " + f.figure().text().get(l) + " (" + Formats.dating(f.asOf(), l) + ")";
            spoken.append(f.figure().label().get(l)).append(' ').append(Formats.dating(f.asOf(), l)).append(' ')
                    .append(Numbers.format(f.figure().value(), f.figure().unit(), l)).append("; ");
            d.nodeProperty().addListener((o, a, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
        }
        chart.setAccessibleText(spoken.toString());
    }
}
