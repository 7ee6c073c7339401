package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.mountainsseas.testing.FuzzStats;

/**
 * Any kiosk.properties gives a config, read through the one way in: never an exception, and it
 * fails closed (a PIN is 4 to 12 ASCII digits or there is none, and then the kiosk names the key).
 */
class KioskConfigFuzzTest {
    private static final FuzzStats STATS = new FuzzStats("KioskConfig.read");

    @FuzzTest
    void anyKioskFileGivesAConfigThatFailsClosed(byte[] bytes) throws IOException {
        Path f = Files.createTempFile("kiosk", ".properties");
        try {
            Files.write(f, bytes);
            STATS.time(bytes, () -> {
                KioskConfig c = KioskConfig.read(f);
                assertNotNull(c.warnings());
                assertTrue(c.pin() == null ? c.pinProblem().contains("admin.pin") : c.pin().matches("[0-9]{4,12}"), c.pin());
                assertTrue(c.idleSeconds() >= 1 && c.idleSeconds() <= 86_400);
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
