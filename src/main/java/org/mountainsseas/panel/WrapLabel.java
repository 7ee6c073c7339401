package org.mountainsseas.panel;

import javafx.scene.control.Label;

/**
 * A wrapping label that lays its text out once per width. A wrapped label's heights depend on
 * the width it is given, so JavaFX caches none of them: one layout pass of the side panel asks
 * each label for its minimum, preferred and maximum height, and the scroll pane and boxes around
 * it ask again (the maximum is the preferred height, asked anew), each time a full text layout.
 * This label answers repeated questions for the same width from what it measured, and forgets it whenever anything that changes its size asks for a
 * new layout (text, font, padding, wrapping, graphic all do), as JavaFX's own size cache does.
 */
final class WrapLabel extends Label {
    private double minFor = Double.NaN;
    private double min;
    private double prefFor = Double.NaN;
    private double pref;

    WrapLabel(String text) {
        super(text);
        setWrapText(true);
    }

    @Override
    public void requestLayout() {
        minFor = Double.NaN;
        prefFor = Double.NaN;
        super.requestLayout();
    }

    @Override
    protected double computeMinHeight(double width) {
        if (width != minFor || getSkin() == null) {
            min = super.computeMinHeight(width);
            minFor = getSkin() == null ? Double.NaN : width;
        }
        return min;
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width != prefFor || getSkin() == null) {
            pref = super.computePrefHeight(width);
            prefFor = getSkin() == null ? Double.NaN : width;
        }
        return pref;
    }
}
