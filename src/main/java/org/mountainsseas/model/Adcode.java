package org.mountainsseas.model;

import java.util.regex.Pattern;

/**
 * China's administrative division codes as the app reads them: six digits, the first two the
 * province (33 for Zhejiang). The one home of the rule, for the data readers and the command line.
 */
public final class Adcode {
    private static final Pattern ANY = Pattern.compile("\\d{6}");
    private static final Pattern ZHEJIANG = Pattern.compile("33\\d{4}");

    private Adcode() {
    }

    /** Six digits: a county-level code anywhere in China. */
    public static boolean isAdcode(String s) {
        return s != null && ANY.matcher(s).matches();
    }

    /** Six digits starting with 33: a code in Zhejiang. */
    public static boolean isZhejiang(String s) {
        return s != null && ZHEJIANG.matcher(s).matches();
    }
}
