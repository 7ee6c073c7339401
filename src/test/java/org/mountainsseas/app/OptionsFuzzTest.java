package org.mountainsseas.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.testing.FuzzStats;

/** Any command line gives options or one clean line of complaint (BadArguments), nothing else. */
class OptionsFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("Options.parse");
    private static final String[] FLAGS = {"--snapshot", "--select", "--lang", "--size", "--data"};

    @FuzzTest
    void anyCommandLineGivesOptionsOrOneCleanLine(FuzzedDataProvider data) {
        List<String> args = new ArrayList<>();
        int n = data.consumeInt(0, 10);
        for (int i = 0; i < n; i++) {
            // mostly real flags, so the fuzzer reaches the value checks behind them
            args.add(data.consumeBoolean() ? data.pickValue(FLAGS) : data.consumeString(40));
        }
        STATS.time(n, () -> {
            try {
                Options o = Options.parse(args);
                assertTrue(o.width() >= 320 && o.height() >= 240 && o.width() <= 8192 && o.height() <= 8192);
                if (o.snapshot() != null) {
                    assertTrue(o.snapshot().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png"));
                }
            } catch (Options.BadArguments e) {
                assertNotNull(e.getMessage());
                assertFalse(e.getMessage().isBlank());
            } catch (java.nio.file.InvalidPathException e) {
                throw new AssertionError("a path the OS refuses escaped as " + e, e);
            }
        });
    }

    @AfterAll
    static void report() {
        STATS.report();
    }
}
