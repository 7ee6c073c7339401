package org.mountainsseas.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link Decimals#parse} gives, bit for bit, the double {@link Double#parseDouble} gives. */
class DecimalsTest {
    private static void same(String text) {
        assertEquals(Double.doubleToRawLongBits(Double.parseDouble(text)), Double.doubleToRawLongBits(Decimals.parse(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "0.0", "-0.0", "120", "-7", "120.5", "29.123456789012345", "0.1", "0.30000000000000004",
        "123456789012345", "1234567890123456", "9007199254740993", "0.000000000000000000001", "0.0000000000000000000000001",
        "1e5", "1E-7", "-2.5e+3", "121.99999999999999", "999999999999999.9", "4.9e-324", "1.7976931348623157e308", "1e999"})
    void edgeCasesReadTheSame(String text) {
        same(text);
    }

    @Test
    void manyRandomCoordinatesAndNumbersReadTheSame() {
        Random r = new Random(2026);
        for (int i = 0; i < 300_000; i++) {
            double d = switch (i % 4) {
                case 0 -> 73 + r.nextDouble() * 63;
                case 1 -> -r.nextDouble() * 1000;
                case 2 -> r.nextLong() / Math.pow(10, r.nextInt(25));
                default -> Double.longBitsToDouble(r.nextLong());
            };
            if (!Double.isFinite(d)) {
                continue;
            }
            same(Double.toString(d));
            same(new BigDecimal(d).setScale(r.nextInt(18), java.math.RoundingMode.HALF_EVEN).toPlainString());
            same(String.format(Locale.ROOT, "%." + r.nextInt(16) + "f", d));
        }
    }
}
