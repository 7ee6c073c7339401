package org.mountainsseas.model;

import java.util.Locale;

/** The two languages of the whole UI and of every bilingual text. */
public enum Language {
    ZH, EN;

    /** Chinese for a Chinese system locale, English otherwise. */
    public static Language fromLocale(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? ZH : EN;
    }

    /** Parses "zh" or "en" (any case); {@code null} if it is neither. */
    public static Language parse(String code) {
        if (code == null) {
            return null;
        }
        switch (code.trim().toLowerCase(Locale.ROOT)) {
            case "zh": return ZH;
            case "en": return EN;
            default: return null;
        }
    }

    public Locale locale() {
        return this == ZH ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
    }

    public Language other() {
        return this == ZH ? EN : ZH;
    }
}
