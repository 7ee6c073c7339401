package org.mountainsseas.mode.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.testing.TestWorld;

/** A visitor's card tells each story with one short source line, never a list of copies of one article. */
class CountyStoriesTest {
    private static final String CHUNAN = "330127";
    private final Dataset data = TestWorld.bundled().dataset();

    @Test
    void aStoryNamesItsFirstSourceAndCountsTheOthers() {
        List<CountyStories.Story> stories = CountyStories.of(data, CHUNAN, Language.EN);
        assertFalse(stories.isEmpty());
        String line = stories.get(0).source();
        assertTrue(line.matches(".+ \\(and [0-9]+ more\\)"), line);
        assertTrue(CountyStories.of(data, CHUNAN, Language.ZH).get(0).source().matches(".+（另有 [0-9]+ 个来源）"));
    }

    @Test
    void copiesOfOneArticleCountOnce() {
        for (var e : data.enclaves()) {
            String full = HeadlineFigures.sourceLine(data, e.provenance());
            long distinct = e.provenance().sourceIds().stream().map(data::source).filter(java.util.Objects::nonNull)
                    .map(s -> s.title()).distinct().count();
            String line = HeadlineFigures.shortSourceLine(data, e.provenance(), Language.EN);
            if (distinct > 1) {
                assertTrue(line.endsWith("(and " + (distinct - 1) + " more)"), e.id() + ": " + line);
            } else {
                assertEquals(full, line, e.id());
            }
        }
    }
}
