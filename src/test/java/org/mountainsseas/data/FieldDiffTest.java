package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Cut;
import org.mountainsseas.model.Text;

/** The import report's before and after stay different however long the values are. */
class FieldDiffTest {

    @Test
    void tenThousandCharacterNamesThatDifferNearTheEndStillReadDifferently() {
        String base = "Longquan ".repeat(1111);
        County before = new County("331181", Text.same(base + "A end"), Text.same("Lishui"), "331100");
        County after = new County("331181", Text.same(base + "B end"), Text.same("Lishui"), "331100");
        List<ImportReport.FieldChange> changes = FieldDiff.of(before, after);
        assertEquals(1, changes.size());
        ImportReport.FieldChange c = changes.get(0);
        assertEquals("name", c.field());
        assertNotEquals(c.before(), c.after(), c.before() + " / " + c.after());
        assertTrue(c.before().length() <= FieldDiff.MAX_VALUE && c.after().length() <= FieldDiff.MAX_VALUE, c.before());
        assertTrue(c.before().startsWith("Longquan Longquan") && c.before().contains("A end"), c.before());
        assertTrue(c.after().contains("B end"), c.after());
    }

    @Test
    void shortOrEarlyDifferencesAreCutAsBefore() {
        assertEquals(List.of("Lishui", "Quzhou"), List.of(Cut.apart("Lishui", "Quzhou", 80)));
        String[] early = Cut.apart("A" + "x".repeat(200), "B" + "x".repeat(200), 80);
        assertEquals(Cut.toLength("A" + "x".repeat(200), 80), early[0]);
        String[] middle = Cut.apart("y".repeat(100) + "1" + "z".repeat(100), "y".repeat(100) + "2" + "z".repeat(100), 80);
        assertTrue(middle[0].contains("1") && middle[1].contains("2") && middle[0].endsWith("…"), middle[0]);
        String[] longer = Cut.apart("q".repeat(100), "q".repeat(100) + "tail", 80);
        assertNotEquals(longer[0], longer[1]);
    }
}
