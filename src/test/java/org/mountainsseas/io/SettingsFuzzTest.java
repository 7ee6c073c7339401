package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.data.FuzzChecks;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.testing.FuzzStats;

/** Any settings file gives settings or a clean LoadException; what parses survives a save and a re-read unchanged. */
class SettingsFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("Settings.parse");

    @FuzzTest
    void anySettingsFileParsesOrFailsCleanlyAndRoundTrips(byte[] bytes) {
        STATS.time(bytes, () -> {
            try {
                Settings s = Settings.parse(bytes);
                assertEquals(s, Settings.parse(s.toJson()));
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
