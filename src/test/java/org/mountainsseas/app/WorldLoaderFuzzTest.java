package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.data.FuzzChecks;
import org.mountainsseas.testing.FuzzStats;
import org.mountainsseas.testing.MemoryLocation;

/**
 * The whole start-up load (both GeoJSON layers, every data file through DatasetReader, then the
 * atlas, the Qingda Line sides and the city outlines) with any one file of the tiny province
 * replaced by arbitrary bytes: it always gives a World and clean problems, never an exception.
 * The first byte of an input picks the file ({@link MemoryLocation#FILES}), the rest is its content.
 */
class WorldLoaderFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("WorldLoader (DatasetReader + GeoJsonReader + Atlas)");

    @FuzzTest
    void anyOneDataFileReplacedStillLoadsAWorld(byte[] input) {
        STATS.time(input, () -> {
            String file = MemoryLocation.FILES.get(input.length == 0 ? 0 : (input[0] & 0xff) % MemoryLocation.FILES.size());
            byte[] content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
            World w = WorldLoader.load(MemoryLocation.tinyWith(file, content));
            assertNotNull(w.dataset());
            assertNotNull(w.atlas());
            FuzzChecks.clean(w.problems());
        });
    }

    @AfterAll
    static void report() {
        STATS.report();
    }
}
