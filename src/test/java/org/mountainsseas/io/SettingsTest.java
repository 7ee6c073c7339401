package org.mountainsseas.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.LoadException;
import org.mountainsseas.model.Language;

class SettingsTest {

    private static LoadException refused(String json) {
        return assertThrows(LoadException.class, () -> Settings.parse(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void savedSettingsReadBackTheSame() throws LoadException {
        Settings s = new Settings(Language.ZH, new Settings.Window(12.5, -30, 1440, 900, true));
        assertEquals(s, Settings.parse(s.toJson()));
        assertEquals(Settings.defaults(), Settings.parse(Settings.defaults().toJson()));
    }

    @Test
    void theReviewDividerReadsBackAndAnOutOfRangeOneIsRefused() throws LoadException {
        Settings s = new Settings(Language.EN, null).withReviewSplit(0.7);
        assertEquals(0.7, Settings.parse(s.toJson()).reviewSplit());
        assertEquals(null, Settings.parse(new Settings(Language.EN, null).toJson()).reviewSplit(), "absent in older files");
        LoadException e = refused("{\"format\": \"mountainsseas/settings\", \"version\": 1, \"reviewSplit\": 3}");
        assertEquals("reviewSplit", e.problem().field());
        e = refused("{\"format\": \"mountainsseas/settings\", \"version\": 1, \"reviewSplit\": \"half\"}");
        assertEquals("reviewSplit", e.problem().field());
    }

    @Test
    void unknownFieldsAreIgnoredSoANewerVersionCanAddSome() throws LoadException {
        Settings s = Settings.parse("{\"format\": \"mountainsseas/settings\", \"version\": 1, \"language\": \"en\", \"theme\": \"dark\"}"
                .getBytes(StandardCharsets.UTF_8));
        assertEquals(Language.EN, s.language());
    }

    @Test
    void aWindowTooSmallOrNotANumberIsRefusedNamingTheField() {
        LoadException e = refused("{\"format\": \"mountainsseas/settings\", \"version\": 1,"
                + " \"window\": {\"x\": 0, \"y\": 0, \"width\": 5, \"height\": 600, \"maximised\": false}}");
        assertEquals("window.width", e.problem().field());
        e = refused("{\"format\": \"mountainsseas/settings\", \"version\": 1,"
                + " \"window\": {\"x\": \"left\", \"y\": 0, \"width\": 500, \"height\": 600, \"maximised\": false}}");
        assertEquals("window.x", e.problem().field());
    }

    @Test
    void anotherFilesFormatIsRefused() {
        LoadException e = refused("{\"format\": \"mountainsseas/pairings\", \"version\": 1, \"items\": []}");
        assertEquals("format", e.problem().field());
        assertTrue(refused("").problem().message().contains("empty"));
    }

    @Test
    void aHundredThousandDigitNumberIsANumberTooLong() {
        String json = "{\"window\": {\"x\": 0, \"y\": 0, \"width\": " + "9".repeat(100_000) + ", \"height\": 600}}";
        LoadException e = org.junit.jupiter.api.Assertions.assertThrows(LoadException.class,
                () -> Settings.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("settings.json › line 1 › width: number too long (100000 characters; at most 100)", e.problem().describe());
    }
}
