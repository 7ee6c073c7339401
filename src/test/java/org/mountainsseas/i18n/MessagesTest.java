package org.mountainsseas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;

class MessagesTest {

    @Test
    void bothLanguagesDefineTheSameKeys() {
        for (String bundle : Messages.BUNDLES) {
            assertTrue(!Messages.keys(bundle, Language.EN).isEmpty(), bundle + " has English strings");
            assertEquals(Messages.keys(bundle, Language.EN), Messages.keys(bundle, Language.ZH), bundle);
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String bundle : Messages.BUNDLES) {
            for (String key : Messages.keys(bundle, Language.EN)) {
                assertTrue(seen.add(key), key + " is defined twice");
            }
        }
    }

    @Test
    void chineseStringsAreChinese() {
        assertTrue(Messages.get(Language.ZH, "legend.mountain").contains("山区"));
        assertEquals("Legend", Messages.get(Language.EN, "legend.title"));
    }

    @Test
    void aMissingKeyIsVisibleNotFatal() {
        assertEquals("!no.such.key!", Messages.get(Language.EN, "no.such.key"));
    }

    @Test
    void formattingKeepsApostrophes() {
        assertEquals("⚠ 3 data problems", Messages.format(Language.EN, "problems.badge", 3));
    }

    @Test
    void oneProblemIsSingular() {
        assertEquals("⚠ 1 data problem", Messages.format(Language.EN, "problems.badge", 1));
        assertEquals("⚠ 1,200 data problems", Messages.format(Language.EN, "problems.badge", 1200));
        assertEquals("⚠ 1 个数据问题", Messages.format(Language.ZH, "problems.badge", 1));
    }
}
