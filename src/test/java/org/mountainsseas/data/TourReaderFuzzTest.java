package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Tour;
import org.mountainsseas.testing.FuzzStats;

/** Any tour file, checked against the bundled data, gives a tour or one clean LoadException. */
class TourReaderFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("TourReader");
    private static final TourReader READER = new TourReader(bundled());

    private static Dataset bundled() {
        var counties = GeoJsonReader.readCounties(DataLocation.bundled()).value();
        java.util.Set<String> adcodes = new java.util.HashSet<>();
        counties.forEach(b -> adcodes.add(b.id()));
        return new DatasetReader(DataLocation.bundled(), adcodes).read().value();
    }

    @FuzzTest
    void anyTourFileGivesATourOrACleanLoadProblem(byte[] bytes) {
        STATS.time(bytes, () -> {
            try {
                Tour t = READER.read("fuzz-tour.json", bytes);
                assertFalse(t.chapters().isEmpty());
            } catch (LoadException e) {
                FuzzChecks.clean(e);
            }
        });
    }

    @AfterAll
    static void report() {
        STATS.report();
    }
}
