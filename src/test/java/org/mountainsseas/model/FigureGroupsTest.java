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
    void figuresOfOneUnitAndDateAreBarsUnlessOneWouldDwarfTheOthers() {
        List<Group> gs = FigureGroups.of(List.of(f("parks", 42.0, "count", 2021, 8, null),
                f("villages", 2500.0, "count", 2021, 8, null), f("platforms", 68.0, "count", 2021, 8, null),
                f("money", 2e8, "yuan", 2021, 8, null), f("later", 20.0, "count", 2023, 9, null)));
        Group bars = gs.get(0);
        assertEquals(Kind.BARS, bars.kind());
        assertEquals(List.of("parks", "platforms"), ids(bars), "file order kept; 2,500 would make 42 invisible");
        assertEquals(List.of(Kind.SINGLE, Kind.SINGLE, Kind.SINGLE), gs.subList(1, 4).stream().map(Group::kind).collect(Collectors.toList()));
        assertEquals(4, gs.size());
    }

    @Test
    void aFigureThatIsNotANumberIsTextAndComesLast() {
        List<Group> gs = FigureGroups.of(List.of(f("words", null, "years", 2021, null, null),
                f("one", 1.9, "ratio", 2023, null, "urbanRuralRatio")));
        assertEquals(Kind.SINGLE, gs.get(0).kind(), "a series with one date is a single number");
        assertEquals(Kind.TEXT, gs.get(1).kind());
    }

    @Test
    void theRealFiguresGiveFourTrendsAndKeepEveryFigure() {
        var data = YearViewTestData.real();
        List<Group> gs = FigureGroups.of(data.figures());
        // the urban/rural income ratio is two measures (a year, three quarters of a year): no trend between them
        assertEquals(List.of("projects", "projectInvestment", "trained", "gdp26"),
                gs.stream().filter(g -> g.kind() == Kind.TREND).map(g -> g.figures().get(0).series()).collect(Collectors.toList()));
        assertEquals(data.figures().size(), gs.stream().mapToInt(g -> g.figures().size()).sum(), "none lost, none twice");
        assertTrue(gs.stream().anyMatch(g -> g.kind() == Kind.TEXT && g.figures().get(0).id().equals("F23")));
        assertTrue(gs.stream().anyMatch(g -> g.kind() == Kind.BARS && ids(g).contains("F01") && ids(g).contains("F07")));
    }

    @Test
    void aDatesPositionOnATimeAxisCountsTheMonth() {
        assertEquals(2014 + 8 / 12.0, FigureGroups.when(f("x", 1.0, "count", 2014, 9, null)), 1e-9);
        assertEquals(2002.0, FigureGroups.when(f("x", 1.0, "count", 2002, null, null)), 1e-9);
    }
}
