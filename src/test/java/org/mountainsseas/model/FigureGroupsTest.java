package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.FigureGroups.Group;
import org.mountainsseas.model.FigureGroups.Kind;

class FigureGroupsTest {
    private static final Provenance P = new Provenance(List.of("s"), Confidence.HIGH, null);

    private static ProvinceFigure f(String id, Double value, String unit, int year, Integer month, String series) {
        Dating d = new Dating(year, month, null, Dating.Qualifier.EXACT, Text.same(year + "-" + month));
        return new ProvinceFigure(id, new Figure(Text.same(id), value, unit, Text.same(String.valueOf(value)), false), d, series, null, P);
    }

    private static ProvinceFigure m(String id, double value, String unit, int year, String series, String measure, String period) {
        ProvinceFigure f = f(id, value, unit, year, null, series);
        return new ProvinceFigure(id, f.figure(), f.asOf(), series, measure, period, null, P);
    }

    private static List<String> ids(Group g) {
        return g.figures().stream().map(ProvinceFigure::id).collect(Collectors.toList());
    }

    @Test
    void aSeriesAtSeveralDatesIsATrendInDateOrder() {
        List<Group> gs = FigureGroups.of(List.of(f("late", 12438.0, "count", 2023, 9, "projects"),
                f("early", 8803.0, "count", 2014, 9, "projects")));
        assertEquals(1, gs.size());
        assertEquals(Kind.TREND, gs.get(0).kind());
        assertEquals(List.of("early", "late"), ids(gs.get(0)));
    }

    @Test
    void figuresOfOneUnitMeasureAndDateAreBarsUnlessOneWouldDwarfTheOthers() {
        List<Group> gs = FigureGroups.of(List.of(m("parks", 42.0, "count", 2021, null, "enclaves", null),
                m("villages", 2500.0, "count", 2021, null, "enclaves", null), m("platforms", 68.0, "count", 2021, null, "enclaves", null),
                m("money", 2e8, "yuan", 2021, null, "enclaves", null), m("later", 20.0, "count", 2023, null, "enclaves", null)));
        Group bars = gs.get(0);
        assertEquals(Kind.BARS, bars.kind());
        assertEquals(List.of("parks", "platforms"), ids(bars), "file order kept; 2,500 would make 42 invisible");
        assertEquals(List.of(Kind.SINGLE, Kind.SINGLE, Kind.SINGLE), gs.subList(1, 4).stream().map(Group::kind).collect(Collectors.toList()));
        assertEquals(4, gs.size());
    }

    @Test
    void countsOfDifferentThingsAreNeverBarsOnOneAxis() {
        List<Group> gs = FigureGroups.of(List.of(f("parks", 42.0, "count", 2021, 8, null), f("experts", 26.0, "count", 2021, 8, null)));
        assertEquals(List.of(Kind.SINGLE, Kind.SINGLE), gs.stream().map(Group::kind).toList(), "no measure stated: each counts only itself");
    }

    @Test
    void aSeriesMixingMeasuresPeriodsOrUnitsIsSplitIntoSeparatePoints() {
        List<Group> gs = FigureGroups.of(List.of(
                m("funds2014", 2.94e11, "yuan", 2014, "investment", "funds-in-place", "cumulative"),
                m("invest2023", 7.3e11, "yuan", 2023, "investment", "investment-completed", "cumulative"),
                m("ratio2021", 1.85, "ratio", 2021, "ratio", "urban-rural", "jan-sep"),
                m("ratio2023", 1.9, "ratio", 2023, "ratio", "urban-rural", "year"),
                m("ratio2024", 1.86, "ratio", 2024, "ratio", "urban-rural", "year"),
                m("mixed", 3.0, "percent", 2025, "ratio", "urban-rural", "year")));
        assertEquals(List.of(List.of("ratio2023", "ratio2024")), gs.stream().filter(g -> g.kind() == Kind.TREND).map(FigureGroupsTest::ids).toList());
        assertEquals(5, gs.size(), () -> gs.toString());
    }

    /** The rule the issue states, checked on its own terms (not through {@link FigureGroups#quantity}). */
    static void noChartMixesQuantities(List<Group> gs) {
        for (Group g : gs) {
            if (g.kind() != Kind.TREND && g.kind() != Kind.BARS) {
                continue;
            }
            ProvinceFigure first = g.figures().get(0);
            for (ProvinceFigure f : g.figures()) {
                String where = g.kind() + " " + ids(g);
                assertEquals(first.figure().unit(), f.figure().unit(), "one unit per axis: " + where);
                assertEquals(first.measure(), f.measure(), "one measure per axis: " + where);
                assertEquals(first.period(), f.period(), "one period per line: " + where);
                assertTrue(f.measure() != null || f.series() != null && f.series().equals(first.series()),
                        "figures stating no measure share a chart only as one series: " + where);
            }
        }
    }

    @Test
    void aFigureThatIsNotANumberIsTextAndComesLast() {
        List<Group> gs = FigureGroups.of(List.of(f("words", null, "years", 2021, null, null),
                f("one", 1.9, "ratio", 2023, null, "urbanRuralRatio")));
        assertEquals(Kind.SINGLE, gs.get(0).kind(), "a series with one date is a single number");
        assertEquals(Kind.TEXT, gs.get(1).kind());
    }

    @Test
    void theRealFiguresNeverShareAChartOrLineAcrossUnitsMeasuresOrPeriods() {
        var data = YearViewTestData.real();
        List<Group> gs = FigureGroups.of(data.figures());
        noChartMixesQuantities(gs);
        assertEquals(data.figures().size(), gs.stream().mapToInt(g -> g.figures().size()).sum(), "none lost, none twice");
        assertTrue(gs.stream().anyMatch(g -> g.kind() == Kind.TEXT && g.figures().get(0).id().equals("F23")));
        assertTrue(gs.stream().noneMatch(g -> ids(g).contains("F14") && ids(g).contains("F25")), "funds in place are not investment completed");
        assertTrue(gs.stream().noneMatch(g -> ids(g).contains("F01") && ids(g).contains("F11")), "enclave parks are not expert groups");
        assertTrue(gs.stream().anyMatch(g -> g.kind() == Kind.TREND && ids(g).equals(List.of("F28", "F29"))), "GDP 2002 → 2022 stays a trend");
    }

    @Test
    void aDatesPositionOnATimeAxisCountsTheMonth() {
        assertEquals(2014 + 8 / 12.0, FigureGroups.when(f("x", 1.0, "count", 2014, 9, null)), 1e-9);
        assertEquals(2002.0, FigureGroups.when(f("x", 1.0, "count", 2002, null, null)), 1e-9);
    }
}
