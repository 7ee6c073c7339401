package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.LoadProblem;

class SafeReaderTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T04:05:06Z"), ZoneOffset.UTC);

    private static SafeReader.Outcome<Settings> read(Path f) {
        return SafeReader.read(f, Settings::parse, Settings::defaults, CLOCK);
    }

    @Test
    void aMissingFileGivesTheDefaultsWithoutAWarning(@TempDir Path dir) {
        SafeReader.Outcome<Settings> o = read(dir.resolve("settings.json"));
        assertEquals(Settings.defaults(), o.value());
        assertNull(o.warning());
        assertTrue(o.writable());
    }

    @Test
    void aGoodFileIsRead(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Settings s = new Settings(Language.ZH, new Settings.Window(10, 20, 1200, 800, true));
        AtomicWriter.write(f, s.toJson());
        assertEquals(s, read(f).value());
    }

    @Test
    void aTruncatedFileIsKeptAsideAndTheDefaultsAreUsedWithAWarning(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        byte[] whole = new Settings(Language.EN, null).toJson();
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Files.write(f, half);
        SafeReader.Outcome<Settings> o = read(f);
        assertEquals(Settings.defaults(), o.value());
        Path aside = dir.resolve("settings.json.corrupt-20261123T040506Z");
        assertEquals(aside, o.keptAside());
        assertFalse(Files.exists(f), "the damaged file no longer blocks the name");
        assertEquals(new String(half, java.nio.charset.StandardCharsets.UTF_8), Files.readString(aside), "kept byte for byte");
        assertNotNull(o.warning());
        assertEquals("settings.json", o.warning().file());
        assertTrue(o.warning().message().contains("kept as settings.json.corrupt-20261123T040506Z"), o.warning().message());
        assertTrue(o.writable());
    }

    @Test
    void aFileOfTheWrongShapeIsAlsoKeptAside(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{\"format\": \"mountainsseas/settings\", \"version\": 1, \"language\": \"fr\"}");
        SafeReader.Outcome<Settings> o = read(f);
        assertEquals(Settings.defaults(), o.value());
        assertTrue(o.warning().message().contains("expected \"zh\" or \"en\""), o.warning().message());
        assertNotNull(o.keptAside());
    }

    @Test
    void theWarningTellsTheUserInBothLanguagesWhatHappened(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.writeString(f, "{\"format\": \"mountainsseas/settings\", \"version\": 1, \"langu");
        LoadProblem kept = read(f).warning();
        String zh = kept.describe(Language.ZH);
        String en = kept.describe(Language.EN);
        assertTrue(zh.contains("已损坏") && zh.contains("默认设置") && zh.contains("settings.json.corrupt-20261123T040506Z"), zh);
        assertTrue(en.contains("was damaged") && en.contains("defaults") && en.contains("kept as settings.json.corrupt-20261123T040506Z"), en);
        assertTrue(kept.describe().contains("kept as"), "the log line stays technical English: " + kept.describe());

        Path g = dir.resolve("other.json");
        Files.createDirectory(g);
        LoadProblem unreadable = read(g).warning();
        assertTrue(unreadable.describe(Language.ZH).startsWith("无法读取 other.json")
                && unreadable.describe(Language.ZH).contains("不会保存"), unreadable.describe(Language.ZH));
        assertTrue(unreadable.describe(Language.EN).startsWith("other.json could not be read")
                && unreadable.describe(Language.EN).contains("not saved"), unreadable.describe(Language.EN));
    }

    @Test
    void anUnreadableFileIsLeftInPlaceAndNotOverwritten(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("settings.json");
        Files.createDirectory(f); // a folder where the file should be: reading fails, but nothing is damaged
        SafeReader.Outcome<Settings> o = read(f);
        assertEquals(Settings.defaults(), o.value());
        assertNotNull(o.warning());
        assertFalse(o.writable());
        assertTrue(Files.isDirectory(f));
    }

    @Test
    void theStoreNeverOverwritesAFileItCouldNotSetAside(@TempDir Path dir) throws IOException {
        Files.createDirectory(dir.resolve(Settings.FILE));
        SettingsStore store = new SettingsStore(dir);
        store.load();
        store.save(new Settings(Language.ZH, null));
        assertTrue(Files.isDirectory(dir.resolve(Settings.FILE)));
    }

    @Test
    void theStoreSavesAndLoadsAgain(@TempDir Path dir) throws IOException {
        SettingsStore store = new SettingsStore(dir.resolve("fresh"));
        assertEquals(Settings.defaults(), store.load());
        Settings s = new Settings(Language.EN, new Settings.Window(-1200, 0, 1600, 1000, false));
        store.save(s);
        assertEquals(s, new SettingsStore(dir.resolve("fresh")).load());
    }
}
