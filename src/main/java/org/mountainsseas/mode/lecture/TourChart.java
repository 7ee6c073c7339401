package org.mountainsseas.mode.lecture;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.ProvinceFigure;

/**
 * A step's province-wide figures as a plain bar chart: one bar per figure, labelled with the
 * figure's own display text (so "nearly" and "over" survive), the as-of year on each category.
 * All figures of a chart share a unit (the tour reader checks that).
 */
final class TourChart {
    private TourChart() {
    }

    /**
     * A chart of the figures with these ids, or null if none is known. Figures of one series (same
     * label) stand as columns by year; different figures lie as horizontal bars so their names
     * read across, never rotated (rotated Chinese is unreadable from a hall).
     */
    static XYChart<?, ?> create(Dataset data, List<String> ids, Language lang) {
        List<ProvinceFigure> figures = new ArrayList<>();
        for (String id : ids) {
            data.figures().stream().filter(f -> f.id().equals(id) && f.figure().value() != null).findFirst()
                    .ifPresent(figures::add);
        }
        if (figures.isEmpty()) {
            return null;
        }
        double max = figures.stream().mapToDouble(f -> f.figure().value()).max().orElse(1);
        Scale scale = Scale.of(max, figures.get(0).figure().unit(), lang);
        boolean sameLabel = figures.stream().map(f -> f.figure().label().get(lang)).distinct().count() == 1;
        NumberAxis values = new NumberAxis();
        values.setForceZeroInRange(true);
        values.setMinorTickVisible(false);
        XYChart<?, ?> chart;
        if (sameLabel) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            for (ProvinceFigure f : figures) {
                series.getData().add(bar(year(f), f, scale, lang));
            }
            BarChart<String, Number> columns = new BarChart<>(new CategoryAxis(), values);
            columns.getData().add(series);
            columns.setCategoryGap(24);
            chart = columns;
            chart.setTitle(figures.get(0).figure().label().get(lang) + scale.unitSuffix());
        } else {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // a horizontal chart draws its first category at the bottom; add in reverse to read top-down
            for (int i = figures.size() - 1; i >= 0; i--) {
                ProvinceFigure f = figures.get(i);
                XYChart.Data<String, Number> d = bar(f.figure().label().get(lang), f, scale, lang);
                XYChart.Data<Number, String> flipped = new XYChart.Data<>(d.getYValue(), d.getXValue());
                flipped.setNode(d.getNode());
                StackPane.setAlignment(((StackPane) d.getNode()).getChildren().get(0), Pos.CENTER_RIGHT);
                series.getData().add(flipped);
            }
            BarChart<Number, String> bars = new BarChart<>(values, new CategoryAxis());
            bars.getData().add(series);
            bars.setCategoryGap(14);
            chart = bars;
            chart.setTitle(year(figures.get(0)) + scale.unitSuffix());
        }
        chart.getStyleClass().add("lecture-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        return chart;
    }

    private static String year(ProvinceFigure f) {
        return f.asOf() != null && f.asOf().hasYear() ? String.valueOf(f.asOf().year()) : "?";
    }

    private static XYChart.Data<String, Number> bar(String category, ProvinceFigure f, Scale scale, Language lang) {
        XYChart.Data<String, Number> d = new XYChart.Data<>(category, f.figure().value() / scale.divisor);
        Label value = new Label(f.figure().text().get(lang));
        value.getStyleClass().add("lecture-bar-value");
        value.setMinWidth(Label.USE_PREF_SIZE);
        StackPane bar = new StackPane(value);
        StackPane.setAlignment(value, Pos.TOP_CENTER);
        d.setNode(bar);
        return d;
    }

    /** How values are shown on the axis: divided down to a readable unit. */
    private record Scale(double divisor, String axisLabel) {
        /** The unit for the chart's title, e.g. " (亿元)"; empty for plain counts. */
        String unitSuffix() {
            return axisLabel.isBlank() || axisLabel.equals("个") || axisLabel.equals("number") ? "" : " (" + axisLabel + ")";
        }

        static Scale of(double max, String unit, Language lang) {
            boolean zh = lang == Language.ZH;
            String name = unitName(unit, zh);
            if (zh) {
                if (max >= 1e8) {
                    return new Scale(1e8, "亿" + name);
                }
                return max >= 1e4 ? new Scale(1e4, "万" + name) : new Scale(1, name);
            }
            if (max >= 1e9) {
                return new Scale(1e9, "billion " + name);
            }
            return max >= 1e6 ? new Scale(1e6, "million " + name) : new Scale(1, name);
        }

        private static String unitName(String unit, boolean zh) {
            if (unit == null) {
                return "";
            }
            switch (unit) {
                case "yuan": return zh ? "元" : "yuan";
                case "count": return zh ? "个" : "number";
                case "person-times": return zh ? "人次" : "person-times";
                case "ratio": return zh ? "倍" : "ratio";
                case "years": return zh ? "年" : "years";
                default: return unit;
            }
        }
    }
}
