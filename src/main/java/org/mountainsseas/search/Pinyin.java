package org.mountainsseas.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;
import net.sourceforge.pinyin4j.format.HanyuPinyinCaseType;
import net.sourceforge.pinyin4j.format.HanyuPinyinOutputFormat;
import net.sourceforge.pinyin4j.format.HanyuPinyinToneType;
import net.sourceforge.pinyin4j.format.HanyuPinyinVCharType;
import net.sourceforge.pinyin4j.format.exception.BadHanyuPinyinOutputFormatCombination;

/**
 * Pinyin spellings of Chinese text for matching, via pinyin4j. A character with several readings
 * (a heteronym such as 长 cháng/zhǎng) contributes all of them, so a query in any reading matches.
 * Spellings are toneless, lower case, with ü written u, and without spaces.
 */
public final class Pinyin {
    /** Heteronym combinations grow as a product; beyond this many spellings the rest are dropped. */
    static final int MAX_SPELLINGS = 64;
    private static final HanyuPinyinOutputFormat FORMAT = new HanyuPinyinOutputFormat();

    static {
        FORMAT.setCaseType(HanyuPinyinCaseType.LOWERCASE);
        FORMAT.setToneType(HanyuPinyinToneType.WITHOUT_TONE);
        FORMAT.setVCharType(HanyuPinyinVCharType.WITH_U_AND_COLON);
    }

    private Pinyin() {
    }

    /** The full spellings and the initials of a text, e.g. 龙泉市 → {longquanshi}, {lqs}. */
    public record Spellings(Set<String> full, Set<String> initials) {
    }

    public static Spellings of(String text) {
        List<String> full = List.of("");
        List<String> initials = List.of("");
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Set<String> readings = readings(cp);
            if (readings.isEmpty()) {
                String literal = normalizeLiteral(cp);
                if (literal.isEmpty()) {
                    continue;
                }
                readings = Set.of(literal);
                full = extend(full, readings);
                initials = extend(initials, readings);
            } else {
                full = extend(full, readings);
                Set<String> firsts = new LinkedHashSet<>();
                for (String r : readings) {
                    firsts.add(r.substring(0, 1));
                }
                initials = extend(initials, firsts);
            }
        }
        return new Spellings(new LinkedHashSet<>(full), new LinkedHashSet<>(initials));
    }

    /** A query as the index spells pinyin: tone marks and tone digits removed, ü and v as u, no spaces or apostrophes. */
    public static String normalizeQuery(String query) {
        String s = query.toLowerCase(Locale.ROOT).replace('ü', 'u').replace('v', 'u');
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.replaceAll("[\\s'’·\\-1-5]", "");
    }

    private static Set<String> readings(int cp) {
        if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN || cp > 0xFFFF) {
            return Set.of();
        }
        try {
            String[] all = PinyinHelper.toHanyuPinyinStringArray((char) cp, FORMAT);
            Set<String> out = new LinkedHashSet<>();
            if (all != null) {
                for (String r : all) {
                    out.add(r.replace("u:", "u"));
                }
            }
            return out;
        } catch (BadHanyuPinyinOutputFormatCombination e) {
            throw new IllegalStateException("pinyin format", e);
        }
    }

    private static String normalizeLiteral(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return new String(Character.toChars(Character.toLowerCase(cp)));
        }
        return "";
    }

    private static List<String> extend(List<String> prefixes, Set<String> parts) {
        List<String> out = new ArrayList<>();
        for (String p : prefixes) {
            for (String part : parts) {
                if (out.size() >= MAX_SPELLINGS) {
                    return out;
                }
                out.add(p + part);
            }
        }
        return out;
    }
}
