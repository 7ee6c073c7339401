package org.mountainsseas.i18n;

import java.text.NumberFormat;
import java.util.Locale;
import org.mountainsseas.model.Language;

/**
 * Numbers as each language writes them: money in 亿元 / 万元 in Chinese and in ¥ bn / ¥ m in English,
 * large counts in 万 or million, plain counts with the language's grouping. Also the scale a chart
 * axis uses for a unit, so axis values and labels read the same way as the text.
 */
public final class Numbers {
    /** How a chart axis shows a unit: values are divided by {@code divisor}; {@code label} names the result. */
    public record Scale(double divisor, String label) {
        public double apply(double value) {
            return value / divisor;
        }
    }

    private Numbers() {
    }

    /** The value with its unit, e.g. 7305亿元 or ¥730.5 bn, 150万人次 or 1.5 million. */
    public static String format(double value, String unit, Language l) {
        Scale s = scale(Math.abs(value), unit, l);
        String n = plain(s.apply(value), l);
        String u = unit == null ? "" : unit;
        boolean zh = l == Language.ZH;
        switch (u) {
            case "yuan":
                return zh ? n + s.label() : "¥" + n + (s.label().equals("¥") ? "" : " " + s.label().substring(2));
            case "count":
            case "person-times":
            case "years":
            case "ratio":
            case "":
                return s.label().isEmpty() ? n : zh ? n + s.label() : n + " " + s.label();
            default:
                return n + " " + u;
        }
    }

    /**
     * The scale that suits values up to {@code max} in a unit: 亿元 or ¥ bn from a hundred million
     * yuan, 万元 or ¥ m from a million, 万 or million for large counts; otherwise none.
     */
    public static Scale scale(double max, String unit, Language l) {
        boolean zh = l == Language.ZH;
        if ("yuan".equals(unit)) {
            if (zh) {
                return max >= 1e8 ? new Scale(1e8, "亿元") : max >= 1e6 ? new Scale(1e4, "万元") : new Scale(1, "元");
            }
            return max >= 1e9 ? new Scale(1e9, "¥ bn") : max >= 1e6 ? new Scale(1e6, "¥ m") : new Scale(1, "¥");
        }
        if (zh && max >= 1e5) {
            return new Scale(1e4, "万");
        }
        if (!zh && max >= 1e6) {
            return new Scale(1e6, "million");
        }
        return new Scale(1, "");
    }

    /** A number with the language's grouping and at most two decimals, no trailing zeros. */
    public static String plain(double value, Language l) {
        NumberFormat f = NumberFormat.getNumberInstance(l == Language.ZH ? Locale.SIMPLIFIED_CHINESE : Locale.UK);
        f.setMaximumFractionDigits(2);
        f.setGroupingUsed(l == Language.EN);
        return f.format(value);
    }
}
