package org.mountainsseas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PinyinTest {
    @Test
    void spellsCharactersWithoutTonesAndTheirInitials() {
        Pinyin.Spellings s = Pinyin.of("龙泉市");
        assertTrue(s.full().contains("longquanshi"), s.full().toString());
        assertTrue(s.initials().contains("lqs"), s.initials().toString());
    }

    @Test
    void keepsLettersAndDigitsAndDropsPunctuation() {
        assertTrue(Pinyin.of("A·龙").full().contains("along"));
    }

    @Test
    void spellsUmlautAsU() {
        assertTrue(Pinyin.of("绿").full().contains("lu"), Pinyin.of("绿").full().toString());
        assertEquals("lu", Pinyin.normalizeQuery("lǜ"));
        assertEquals("lu", Pinyin.normalizeQuery("lv4"));
    }

    @Test
    void capsTheCombinationsOfManyHeteronyms() {
        Pinyin.Spellings s = Pinyin.of("长长长长长长长长长长");
        assertTrue(s.full().size() <= Pinyin.MAX_SPELLINGS);
    }
}
