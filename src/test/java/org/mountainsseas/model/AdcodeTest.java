package org.mountainsseas.model;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AdcodeTest {

    @Test
    void aZhejiangCodeIsSixDigitsStartingWith33() {
        assertTrue(Adcode.isZhejiang("331181"));
        assertFalse(Adcode.isZhejiang("320102"), "Jiangsu");
        assertFalse(Adcode.isZhejiang("33118"), "five digits");
        assertFalse(Adcode.isZhejiang("3311811"), "seven digits");
        assertFalse(Adcode.isZhejiang("33118a"));
        assertFalse(Adcode.isZhejiang(null));
    }

    @Test
    void anyAdcodeIsSixDigits() {
        assertTrue(Adcode.isAdcode("110101"));
        assertTrue(Adcode.isAdcode("331181"));
        assertFalse(Adcode.isAdcode("11010"));
        assertFalse(Adcode.isAdcode("１１０１０１"), "full-width digits are not an adcode");
        assertFalse(Adcode.isAdcode(null));
    }
}
