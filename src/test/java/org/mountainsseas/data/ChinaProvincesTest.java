package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Boundary;

/** The China view's base map is complete, valid and small. */
class ChinaProvincesTest {

    @Test
    void everyProvinceLevelUnitIsThereAndValid() {
        LoadResult<List<Boundary>> r = GeoJsonReader.readProvinces(DataLocation.bundled());
        assertTrue(r.problems().isEmpty(), () -> r.problems().toString());
        Set<String> provinces = r.value().stream().filter(b -> b.kind() == Boundary.Kind.PROVINCE)
                .map(Boundary::id).collect(Collectors.toSet());
        assertEquals(34, provinces.size(), provinces.toString());
        assertTrue(provinces.containsAll(Set.of("330000", "540000", "650000", "710000", "460000")), provinces.toString());
        assertTrue(r.value().stream().anyMatch(b -> b.kind() == Boundary.Kind.MARITIME_BOUNDARY), "the boundary lines");
        int vertices = r.value().stream().mapToInt(Boundary::vertexCount).sum();
        assertTrue(vertices < 20_000, "simplified: " + vertices + " vertices");
    }
}
