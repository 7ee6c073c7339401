package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Language;

class KioskConfigTest {
    private static KioskConfig parse(String text) throws IOException {
        Properties p = new Properties();
        p.load(new StringReader(text));
        return KioskConfig.parse(p);
    }

    @Test
    void aMissingFileGivesTheDocumentedDefaults(@TempDir Path dir) {
        KioskConfig c = KioskConfig.read(dir.resolve("kiosk.properties"));
        assertFalse(c.kiosk());
        assertNull(c.pin(), "no default PIN");
        assertTrue(c.pinProblem().startsWith("admin.pin in kiosk.properties is missing"), c.pinProblem());
        assertEquals(90, c.idleSeconds());
        assertEquals(10, c.countdownSeconds());
        assertEquals(7, c.attractStepSeconds());
        assertEquals(5, c.holdSeconds());
        assertEquals(5, c.stallSeconds());
        assertEquals(60, c.restartSeconds());
        assertEquals(5120, c.logKilobytes());
        assertNull(c.language());
        assertFalse(c.reducedMotion(), "full motion unless asked");
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
    }

    @Test
    void motionIsFullOrReduced() throws IOException {
        assertTrue(parse("motion = reduced\n").reducedMotion());
        assertTrue(parse("motion = Reduced \n").reducedMotion());
        assertFalse(parse("motion = full\n").reducedMotion());
        KioskConfig bad = parse("motion = slow\n");
        assertFalse(bad.reducedMotion());
        assertEquals(java.util.List.of("motion must be full or reduced, not 'slow'; using full"), bad.warnings());
        assertTrue(parse("motion = reduced\n").withKiosk().reducedMotion(), "--kiosk keeps the setting");
    }

    @Test
    void goodValuesAreRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("kiosk.properties");
        Files.writeString(f, "kiosk = yes\nadmin.pin = 80517342\nidle.seconds = 1.5\nlanguage = en\n");
        KioskConfig c = KioskConfig.read(f);
        assertTrue(c.kiosk());
        assertEquals("80517342", c.pin());
        assertEquals(1.5, c.idleSeconds());
        assertEquals(Language.EN, c.language());
        assertTrue(c.warnings().isEmpty(), c.warnings().toString());
    }

    @Test
    void badValuesFallBackToTheirDefaultsWithAWarningEach() throws IOException {
        KioskConfig c = parse("kiosk = maybe\nadmin.pin = 12a4\nidle.seconds = -3\ncountdown.seconds = soon\nlanguage = fr\nidel.seconds = 4\n");
        assertFalse(c.kiosk());
        assertNull(c.pin(), "a bad PIN is no PIN: the kiosk refuses to start");
        assertEquals(90, c.idleSeconds());
        assertEquals(10, c.countdownSeconds());
        assertNull(c.language());
        String all = String.join("\n", c.warnings());
        assertEquals(5, c.warnings().size(), all);
        assertTrue(all.contains("kiosk must be true or false, not 'maybe'"), all);
        assertTrue(c.pinProblem().contains("admin.pin"), c.pinProblem());
        assertTrue(all.contains("idle.seconds must be a number from 1 to 86400, not '-3'; using 90"), all);
        assertTrue(all.contains("language must be zh or en, not 'fr'"), all);
        assertTrue(all.contains("unknown key 'idel.seconds'"), all);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"0x1p3", "90d", "90f", "1e3", "NaN", "Infinity", "+90", "90 s", "９０"})
    void anIdleTimeIsAPlainDecimalNumber(String value) throws IOException {
        KioskConfig c = parse("idle.seconds = " + value + "\n");
        assertEquals(90, c.idleSeconds(), value);
        assertTrue(String.join("\n", c.warnings()).contains("idle.seconds must be a number from 1 to 86400, not '" + value + "'"),
                c.warnings().toString());
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", "7", "１２３４５６", "12 34", "0x1F4"})
    void aMistypedPinIsNoPinAndNamesTheKeyToFix(String pin) throws IOException {
        KioskConfig c = parse("kiosk = true\nadmin.pin = " + pin + "\n");
        assertNull(c.pin());
        assertEquals("admin.pin in kiosk.properties is missing or is not 4 to 12 digits 0-9: set your own PIN there;"
                + " the kiosk does not start without one", c.pinProblem());
        assertNull(parse("kiosk = true\nadmin.pin = " + "1".repeat(1000) + "\n").pin(), "1,000 digits");
        assertTrue(KioskConfig.defaults().withKiosk().kiosk());
    }

    @Test
    void theWorkingFolderIsNotAConfigLocation() {
        assertEquals(org.mountainsseas.io.UserDataDir.current().resolve(KioskConfig.FILE_NAME), KioskFiles.configFile());
    }

    @Test
    void aHundredThousandDigitNumberIsANumberTooLong() throws IOException {
        KioskConfig c = parse("idle.seconds = " + "9".repeat(100_000) + "\n");
        assertEquals(90, c.idleSeconds());
        assertTrue(c.warnings().contains("idle.seconds: number too long (100000 characters); using 90"), c.warnings().toString());
    }
}
