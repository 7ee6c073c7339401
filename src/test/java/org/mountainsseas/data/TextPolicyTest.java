package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.testing.MemoryLocation;

/** Names, titles, notes and captions: capped per field, no control characters, no bidi overrides, no mark stacks. */
class TextPolicyTest {
    private static final Set<String> TINY = Set.of("330101", "330102", "330103", "330104", "330105");

    /** The problems of the tiny province whose first county's English name is {@code name}. */
    private static List<LoadProblem> withCountyName(String name) {
        String json = new String(MemoryLocation.tinyFile(DatasetReader.COUNTIES), StandardCharsets.UTF_8)
                .replace("\"Shanjia County\"", new com.google.gson.Gson().toJson(name));
        return new DatasetReader(MemoryLocation.tinyWith(DatasetReader.COUNTIES, json.getBytes(StandardCharsets.UTF_8)), TINY)
                .read().problems();
    }

    private static String firstProblem(String name) {
        List<LoadProblem> p = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> withCountyName(name));
        return p.get(0).describe();
    }

    @Test
    void aNameOverTheCapIsRefusedWithItsLength() {
        assertEquals("data/counties.json › 330101 › name.en: 1048576 characters; at most 100 for this field",
                firstProblem("x".repeat(1 << 20)));
        assertTrue(firstProblem("x".repeat(100_000)).endsWith("100000 characters; at most 100 for this field"));
    }

    @Test
    void aNameAtTheCapIsAccepted() {
        assertTrue(withCountyName("x".repeat(TextPolicy.NAME)).isEmpty());
    }

    @Test
    void aRightToLeftOverrideIsRefused() {
        assertEquals("data/counties.json › 330101 › name.en: holds the bidirectional control U+202E at character 9,"
                + " which makes the text read differently from how it is stored (remove it)", firstProblem("Longquan\u202Enaiqnol"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001b", "\u0007", "\r", "\n", "\u0000", "\u0085"})
    void controlCharactersInANameAreRefused(String c) {
        String p = firstProblem("Longquan" + c + "Lonqian City");
        assertTrue(p.startsWith("data/counties.json › 330101 › name.en: holds the control character U+"), p);
        assertTrue(p.contains("at character 9 (remove it)"), p);
    }

    @Test
    void fiftyThousandCombiningMarksAreRefusedQuickly() {
        String p = firstProblem("Z" + "\u0301".repeat(50_000));
        assertTrue(p.endsWith("50001 characters; at most 100 for this field"), p);
        assertEquals("stacks more than 4 combining marks on one character at character 6",
                TextPolicy.problem("name", "Z\u0301\u0302\u0303\u0304\u0305"));
    }

    @Test
    void ordinaryTextPasses() {
        assertNull(TextPolicy.problem("name", "Tiếng Việt 龙泉市 Lóngquán"));
        assertNull(TextPolicy.problem("note", "line one\nline two"), "notes may break lines");
        assertEquals("holds the control character U+000A at character 5 (remove it)", TextPolicy.problem("name", "line\ntwo"));
        assertTrue(TextPolicy.problem("note", "tab\there").contains("only line breaks are allowed here"));
        assertNull(TextPolicy.problem("adcode", "9".repeat(100_000)), "ids and codes are checked by their format");
    }
}
