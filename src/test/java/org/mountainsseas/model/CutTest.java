package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CutTest {

    @Test
    void shortTextStaysAndLongTextEndsInAnEllipsisWithinTheLength() {
        assertEquals("Longquan", Cut.toLength("Longquan", 8));
        assertEquals("Longqu…", Cut.toLength("Longquan", 7));
        assertNull(Cut.toLength(null, 5));
    }

    @Test
    void neitherSplitsACharacterNorLeavesASpaceBeforeTheEllipsis() {
        String rare = "𠀀".repeat(5);
        assertEquals("𠀀𠀀…", Cut.toLength(rare, 3), "code points, not chars");
        assertEquals("Long…", Cut.toLength("Long quan", 6));
    }
}
