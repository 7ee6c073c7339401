package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.model.Confidence;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Dating;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Provenance;
import org.mountainsseas.model.ProvinceFigure;
import org.mountainsseas.model.Tour;

/** The bundled facts say no more than their sources: each date names its source, and the audited items stay mended. */
class BundledFactsTest {
    private static Dataset data;

    @BeforeAll
    static void load() {
        Set<String> adcodes = GeoJsonReader.readCounties(DataLocation.bundled()).value().stream()
                .map(Boundary::id).collect(Collectors.toSet());
        LoadResult<Dataset> r = new DatasetReader(DataLocation.bundled(), adcodes).read();
        assertTrue(r.clean(), () -> r.problems().toString());
        data = r.value();
    }

    @Test
    void everyDateWithAYearNamesTheSourceItComesFrom() {
        List<String> missing = new ArrayList<>();
        data.pairings().forEach(p -> need(missing, p.id(), p.since()));
        data.enclaves().forEach(e -> need(missing, e.id(), e.opened()));
        data.projects().forEach(p -> need(missing, p.id(), p.year()));
        data.figures().forEach(f -> need(missing, f.id(), f.asOf()));
        data.timeline().forEach(t -> need(missing, t.id(), t.date()));
        data.memberships().forEach(m -> {
            need(missing, m.adcode() + " from", m.from());
            need(missing, m.adcode() + " until", m.until());
        });
        assertEquals(List.of(), missing, "a by or circa date records its source too, though only exact ones are refused without");
    }

    private static void need(List<String> missing, String id, Dating d) {
        if (d != null && d.hasYear() && d.source() == null) {
            missing.add(id);
        }
    }

    @Test
    void everySourceIsCitedByAFactOrTheTour() throws Exception {
        Set<String> cited = new HashSet<>();
        Function<Provenance, Boolean> cite = p -> cited.addAll(p.sourceIds());
        data.pairings().forEach(p -> cite.apply(p.provenance()));
        data.enclaves().forEach(e -> cite.apply(e.provenance()));
        data.projects().forEach(p -> cite.apply(p.provenance()));
        data.figures().forEach(f -> cite.apply(f.provenance()));
        data.timeline().forEach(t -> cite.apply(t.provenance()));
        data.memberships().forEach(m -> cite.apply(m.provenance()));
        cite.apply(data.qingdaLine().provenance());
        data.qingdaLine().endpoints().forEach(e -> cite.apply(e.provenance()));
        for (String name : TourReader.BUNDLED) {
            Tour tour = new TourReader(data).readBundled(name);
            tour.chapters().forEach(c -> c.steps().forEach(s -> cited.addAll(s.sources())));
        }
        List<String> unused = data.sources().stream().map(s -> s.id()).filter(id -> !cited.contains(id)).toList();
        assertEquals(List.of(), unused, "a source nothing cites is dropped (or used)");
    }

    @Test
    void theTaishunLuchengYearIsNotMoreCertainThanItsSources() {
        Pairing p = pairing("PR05");
        assertNotEquals(Dating.Qualifier.EXACT, p.since().qualifier(), "no text seen states the year");
        assertEquals(Confidence.MEDIUM, p.provenance().confidence());
        assertTrue(p.since().text().en().contains("2002") && p.since().text().en().contains("2007"), p.since().text().en());
    }

    @Test
    void aRatioForThreeQuartersIsNotTheSameSeriesAsAnAnnualOne() {
        ProvinceFigure annual = figure("F17");
        ProvinceFigure quarters = figure("F21");
        assertNotEquals(annual.series(), quarters.series());
        assertEquals(Dating.Qualifier.BY, annual.asOf().qualifier(), "reported in September 2023, not measured then");
    }

    @Test
    void pairingsWhoseSurvivalIsUnconfirmedAreDrawnAsUnconfirmed() {
        for (String id : List.of("PR22", "PR24", "PR40", "PR41")) {
            assertEquals(Pairing.Status.UNCONFIRMED, pairing(id).status(), id);
        }
        assertEquals(pairing("PR41").provenance().confidence(), pairing("PR40").provenance().confidence(),
                "Ninghai and Yinzhou rest on the same 2019 list");
    }

    @Test
    void dongtouHasItsSourcedPartner() {
        assertTrue(data.partnersOf("330305").contains("330110"), "Yuhang–Dongtou (dongtou2025)");
    }

    private static Pairing pairing(String id) {
        Map<String, Pairing> byId = data.pairings().stream().collect(Collectors.toMap(Pairing::id, p -> p));
        assertNotNull(byId.get(id), id);
        return byId.get(id);
    }

    private static ProvinceFigure figure(String id) {
        return data.figures().stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }
}
