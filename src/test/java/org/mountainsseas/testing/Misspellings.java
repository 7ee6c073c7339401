package org.mountainsseas.testing;

/**
 * Misspellings the tests guard against, spelled by code point so that no source file carries them
 * and a search of the tree for the wrong spelling finds only real mistakes.
 */
public final class Misspellings {
    /** The homophone ("green") of the Qingda Line's name; the line is 清大线, after 清凉峰镇 and 大渔镇. */
    public static final String QINGDA_LINE = "\u9752\u5927\u7EBF";

    private Misspellings() {
    }
}
