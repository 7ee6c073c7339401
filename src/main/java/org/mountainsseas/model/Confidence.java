package org.mountainsseas.model;

import java.util.Locale;

/** How well a fact is supported: high = primary or two independent sources; medium = one secondary source or an inference; low = indirect or unverified. */
public enum Confidence {
    HIGH, MEDIUM, LOW;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
