package org.mountainsseas.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.mountainsseas.model.Language;

class NumbersTest {
    @Test
    void moneyReadsInYiInChineseAndBillionsInEnglish() {
        assertEquals("7305亿元", Numbers.format(730_500_000_000.0, "yuan", Language.ZH));
        assertEquals("¥730.5 bn", Numbers.format(730_500_000_000.0, "yuan", Language.EN));
        assertEquals("2亿元", Numbers.format(200_000_000.0, "yuan", Language.ZH));
        assertEquals("¥200 m", Numbers.format(200_000_000.0, "yuan", Language.EN));
        assertEquals("28474元", Numbers.format(28_474, "yuan", Language.ZH));
        assertEquals("¥28,474", Numbers.format(28_474, "yuan", Language.EN));
    }

    @Test
    void largeCountsReadInWanOrMillion() {
        assertEquals("150万", Numbers.format(1_500_000, "person-times", Language.ZH));
        assertEquals("1.5 million", Numbers.format(1_500_000, "person-times", Language.EN));
        assertEquals("12438", Numbers.format(12_438, "count", Language.ZH));
        assertEquals("12,438", Numbers.format(12_438, "count", Language.EN));
        assertEquals("1.85", Numbers.format(1.85, "ratio", Language.EN));
    }

    @Test
    void anAxisScaleNamesItsUnit() {
        assertEquals("亿元", Numbers.scale(7.4e11, "yuan", Language.ZH).label());
        assertEquals(7404, Numbers.scale(7.4e11, "yuan", Language.ZH).apply(740_400_000_000.0), 1e-9);
        assertEquals("¥ bn", Numbers.scale(7.4e11, "yuan", Language.EN).label());
        assertEquals("", Numbers.scale(12_438, "count", Language.EN).label());
    }
}
