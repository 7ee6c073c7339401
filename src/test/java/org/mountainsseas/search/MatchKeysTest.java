package org.mountainsseas.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MatchKeysTest {
    private final MatchKeys longquan = MatchKeys.of(List.of("龙泉市", "Longquan City", "丽水市", "Lishui"));

    @Test
    void matchesChinesePinyinWithAndWithoutTonesInitialsAndEnglish() {
        for (String q : List.of("龙泉", "longquan", "lóngquán", "long2quan2", "lq", "LQS", "Longquan", "city", "丽水", "lishui")) {
            assertTrue(longquan.matches(q), q);
        }
    }

    @Test
    void doesNotMatchOtherPlacesAndABlankQueryMatchesEverything() {
        assertFalse(longquan.matches("hangzhou"));
        assertFalse(longquan.matches("杭州"));
        assertFalse(longquan.matches("hz"));
        assertTrue(longquan.matches("  "));
        assertTrue(longquan.matches(null));
    }

    @Test
    void textsWithoutChineseGetNoPinyinSoLettersDoNotPassAsInitials() {
        MatchKeys english = MatchKeys.of(List.of("Zhejiang Daily"));
        assertTrue(english.full().isEmpty() && english.initials().isEmpty());
        assertFalse(english.matches("zd"), "initials are for Chinese names");
    }
}
