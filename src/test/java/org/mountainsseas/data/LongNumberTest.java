package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.LoadProblem;

/** A 100,000-digit number is refused as too long, quickly, naming where it is; ordinary numbers pass. */
class LongNumberTest {
    static final String DIGITS = "9".repeat(100_000);

    private static LoadProblem refused(String file, String json) {
        return assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> assertThrows(LoadException.class, () -> JsonInput.parse(file, json.getBytes(StandardCharsets.UTF_8))).problem());
    }

    @Test
    void aHundredThousandDigitsInADataFileAreANumberTooLong() {
        LoadProblem p = refused("data/pairings.json", "{\"format\": \"mountainsseas/pairings\",\n \"items\": [{\"id\": \"PR01\", \"year\": " + DIGITS + "}]}");
        assertEquals("data/pairings.json › line 2 › year: number too long (100000 characters; at most 100)", p.describe());
    }

    @Test
    void aLongNumberInACoordinateArrayOrAsANegativeOrExponentIsRefusedToo() {
        assertTrue(refused("geo/x.geojson", "{\"coordinates\": [[120.1, -" + DIGITS + "]]}").describe().contains("› coordinates: number too long"));
        assertTrue(refused("t.json", "[1e" + DIGITS + "]").message().startsWith("number too long"));
    }

    @Test
    void digitsInsideTextAndOrdinaryNumbersPass() throws Exception {
        JsonInput.parse("a.json", ("{\"note\": \"" + "1".repeat(5000) + " \\\" 2\", \"x\": -120.123456789012345e-3}").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aTourWithALongNumberIsRefusedWithTheReason() {
        LoadException e = assertThrows(LoadException.class, () -> new TourReader(org.mountainsseas.testing.TestWorld.bundled().dataset())
                .read("tour.json", ("{\"format\": \"mountainsseas/tour\", \"steps\": [{\"year\": " + DIGITS + "}]}").getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.problem().message().startsWith("number too long"), e.problem().describe());
    }
}
