package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.testing.Fixtures;
import org.mountainsseas.testing.FuzzStats;

/**
 * Any file given to Import data… gives a report, through the same door and checks as the app's start:
 * never an exception, and every problem reads cleanly (file › item › field, no Java text).
 */
class DataImportFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("DataImport.check");
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    @FuzzTest
    void anyImportGivesACleanReport(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("import", ".json");
        try {
            Files.write(f, bytes);
            STATS.time(bytes, () -> {
                ImportReport r = DataImport.check(f, Fixtures.tiny(), TINY);
                assertNotNull(r);
                FuzzChecks.clean(r.errors());
            });
        } finally {
            Files.deleteIfExists(f);
        }
    }

    @AfterAll
    static void report() {
        STATS.report();
    }
}
