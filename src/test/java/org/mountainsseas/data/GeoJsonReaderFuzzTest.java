package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.testing.FuzzStats;

/**
 * Any bytes given to the boundary reader (county or context layer) give boundaries and clean
 * problems, never an exception: JTS validation, ring checks and caps included.
 */
class GeoJsonReaderFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("GeoJsonReader");

    @FuzzTest
    void anyBoundaryFileGivesBoundariesAndCleanProblems(byte[] bytes) {
        STATS.time(bytes, () -> {
            // the last byte picks the layer, so one corpus exercises both
            boolean counties = bytes.length == 0 || (bytes[bytes.length - 1] & 1) == 0;
            LoadResult<List<Boundary>> r = GeoJsonReader.parse("fuzz.geojson", bytes, counties);
            assertNotNull(r.value());
            FuzzChecks.clean(r.problems());
            for (Boundary b : r.value()) {
                assertTrue(!b.polygons().isEmpty() || !b.lines().isEmpty(), "a boundary without geometry got through");
            }
        });
    }

    @AfterAll
    static void report() {
        STATS.report();
    }
}
