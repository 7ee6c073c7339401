package org.mountainsseas.panel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.Source;
import org.mountainsseas.testing.TestWorld;

/** A source reads as a citation: publisher, title and date first, where it was read second. */
class SourceTextTest {
    @Test
    void publisherTitleAndDateComeFirstAndTheCopyReadSecond() {
        Source s = new Source("x", "山与海的双向奔赴", "新华社 Xinhua", "2023-09-13", "https://example.org", "a repost", null);
        assertEquals("新华社 Xinhua: “山与海的双向奔赴” (2023-09-13); read at: a repost", SourceText.line(s, Language.EN));
        assertEquals("新华社 Xinhua：《山与海的双向奔赴》 (2023-09-13)；阅读版本：a repost", SourceText.line(s, Language.ZH));
        assertEquals("“Title”", SourceText.line(new Source("y", "Title", null, null, null, null), Language.EN));
    }

    @Test
    void noSourceIsCalledSpamOrAMirrorInItsCitation() {
        for (Source s : TestWorld.bundled().dataset().sources()) {
            String cited = SourceText.line(s, Language.EN).toLowerCase(Locale.ROOT);
            assertFalse(cited.contains("spam") || cited.contains("wiki mirror") || cited.contains("mirror)"), cited);
        }
    }
}
