package org.mountainsseas.data;

import java.util.Objects;
import org.mountainsseas.model.Text;

/**
 * The rules for a tour step's title and caption, in one home for {@link TourReader} and the tour
 * editor's form: {@link TextPolicy}'s rules, the caption caps that keep a caption on a projector
 * slide, and text written in one language only, which a tour file holds in both slots.
 */
public final class TourTexts {
    /** Longest English caption that still fits on a projector slide at the projector theme's size. */
    public static final int MAX_CAPTION_EN = 340;
    /** Longest Chinese caption that still fits: Chinese characters are about twice as wide. */
    public static final int MAX_CAPTION_ZH = 150;

    private TourTexts() {
    }

    /**
     * The most characters a caption may have in the Chinese ({@code zh}) or English slot. The
     * Chinese slot's cap is for Chinese text: a caption written in English only is held in both
     * slots and gets the English cap in both.
     */
    public static int captionCap(boolean zh, String text) {
        return zh && hasHan(text) ? MAX_CAPTION_ZH : MAX_CAPTION_EN;
    }

    /**
     * Why {@code value} may not be a step's {@code field} ("title" or "caption") in one slot, or
     * null when it may. {@code value} is taken as stripped, as the reader strips it.
     */
    public static TextPolicy.Refusal refusal(String field, boolean zh, String value) {
        String v = value.strip();
        TextPolicy.Refusal r = TextPolicy.refusal(field, v);
        if (r != null || !"caption".equals(field)) {
            return r;
        }
        int cap = captionCap(zh, v);
        int length = v.length();
        return length > cap ? new TextPolicy.Refusal(TextPolicy.Refusal.Kind.TOO_LONG, cap, length, true) : null;
    }

    /**
     * The text a form's two fields make: both when both are written, else the one written in both
     * slots (a tour file holds both; the lecture shows it whatever the language). Null when neither is.
     */
    public static Text fromFields(String zh, String en) {
        String z = zh == null ? "" : zh.strip();
        String e = en == null ? "" : en.strip();
        if (z.isEmpty() && e.isEmpty()) {
            return null;
        }
        return new Text(z.isEmpty() ? e : z, e.isEmpty() ? z : e);
    }

    /**
     * The form's two fields for a text, the inverse of {@link #fromFields}: a text that is the same
     * in both slots was written in one language, Chinese if it has a Chinese character.
     */
    public static String[] toFields(Text t) {
        Objects.requireNonNull(t);
        if (!t.zh().equals(t.en())) {
            return new String[] {t.zh(), t.en()};
        }
        return hasHan(t.zh()) ? new String[] {t.zh(), ""} : new String[] {"", t.en()};
    }

    static boolean hasHan(String s) {
        return s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
