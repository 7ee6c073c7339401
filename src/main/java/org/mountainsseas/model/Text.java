package org.mountainsseas.model;

import java.util.Objects;

/** A text in Chinese and English; both are present and non-blank. */
public record Text(String zh, String en) {
    public Text {
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(en, "en");
    }

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** The same text in both languages (e.g. a proper name that has no translation). */
    public static Text same(String both) {
        return new Text(both, both);
    }

    public String get(Language language) {
        return language == Language.ZH ? zh : en;
    }

    /** Both forms, Chinese first, e.g. for search and for the About box. */
    public String both() {
        return zh.equals(en) ? zh : zh + " " + en;
    }
}
