package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.testing.FuzzStats;

/**
 * Any bytes given to the JSON reader give a value or a clean {@link LoadException}; nothing else
 * (no NullPointerException, StackOverflowError, OutOfMemoryError …) may escape. Stored inputs under
 * {@code src/test/resources/org/mountainsseas/data/JsonInputFuzzTestInputs/} run in every build;
 * see docs/development.md, "Fuzzing", for the long run.
 */
class JsonInputFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("JsonInput.parse");

    @FuzzTest
    void anyBytesGiveJsonOrACleanLoadProblem(byte[] bytes) {
        STATS.time(bytes, () -> {
            try {
                assertNotNull(JsonInput.parse("fuzz.json", bytes));
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
