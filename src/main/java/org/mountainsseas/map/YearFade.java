package org.mountainsseas.map;

import java.util.function.Function;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.util.Duration;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.YearView;
import org.mountainsseas.state.AppState;

/**
 * How strongly a layer draws each fact while the timeline year changes: it keeps the year view
 * before and after the change and a fraction that runs from 0 to 1 in {@link #FADE}, so arcs,
 * markers and county colours blend from one year to the next. A fact certainly in force weighs 1,
 * an uncertain one {@link #UNCERTAIN_WEIGHT}, an absent one 0; with no year set everything weighs
 * 1 (the map as today). Layers observe {@link #fractionProperty()} and read the weights while
 * painting: lookups only, nothing is recomputed per frame.
 */
final class YearFade {
    static final Duration FADE = Duration.millis(280);
    static final double UNCERTAIN_WEIGHT = 0.45;
    /** A county that was on the list and has left it. */
    static final Color LEFT_LIST = Color.web("#d4e6c9");
    /** An island county on the 2024 list of mountain and island counties. */
    static final Color ISLAND = Color.web("#7cc6b8");
    private static ImagePattern hatch;

    private final AppState state;
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", 1);
    private final InvalidationListener onYear = o -> changed();
    private Timeline timeline;
    private boolean instant;
    private YearView previous;
    private YearView current;

    YearFade(AppState state) {
        this.state = state;
        this.current = state.yearView();
        this.previous = current;
        state.yearViewProperty().addListener(onYear);
    }

    private void changed() {
        YearView next = state.yearView();
        previous = current;
        current = next;
        if (timeline != null) {
            timeline.stop();
        }
        if (instant) {
            fraction.set(1);
            return;
        }
        fraction.set(0);
        timeline = new Timeline(new KeyFrame(FADE, new KeyValue(fraction, 1)));
        timeline.play();
    }

    /** Off-screen rendering: a year change shows at once, so a snapshot never depends on the wall clock. */
    void setInstant(boolean instant) {
        this.instant = instant;
        if (instant) {
            if (timeline != null) {
                timeline.stop();
            }
            fraction.set(1);
        }
    }

    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /** The year view being faded to, or null for "all years". */
    YearView current() {
        return current;
    }

    /** The weight of a fact now, between its weight in the previous and the current year. */
    double weight(Function<YearView, Presence> presence) {
        return blend(presence, UNCERTAIN_WEIGHT);
    }

    /**
     * As {@link #weight}, but an uncertain fact weighs as much as a certain one: for a fact the view
     * emphasises (a selected county's arcs, a lecture step's), drawn dotted to show its uncertain date.
     */
    double shownWeight(Function<YearView, Presence> presence) {
        return blend(presence, 1);
    }

    private double blend(Function<YearView, Presence> presence, double uncertainWeight) {
        double a = weight(previous, presence, uncertainWeight);
        double b = weight(current, presence, uncertainWeight);
        return a + (b - a) * fraction.get();
    }

    private static double weight(YearView v, Function<YearView, Presence> presence, double uncertainWeight) {
        if (v == null) {
            return 1;
        }
        switch (presence.apply(v)) {
            case IN_FORCE: return 1;
            case UNCERTAIN: return uncertainWeight;
            default: return 0;
        }
    }

    /** Whether the fact is uncertain in the year being faded to (drawn dotted or hatched). */
    boolean uncertain(Function<YearView, Presence> presence) {
        return current != null && presence.apply(current) == Presence.UNCERTAIN;
    }

    /** The county's fill now: its class colour in the previous year blended into the current one. */
    Color countyFill(String adcode, Dataset data, MapStyle style) {
        Color a = fill(previous, adcode, data, style);
        Color b = fill(current, adcode, data, style);
        double t = fraction.get();
        return t >= 1 ? b : a.interpolate(b, t);
    }

    private static Color fill(YearView v, String adcode, Dataset data, MapStyle style) {
        if (v == null) {
            return style.fill(data.classOf(adcode));
        }
        CountyClass c = v.classOf(adcode);
        if (c == CountyClass.MOUNTAIN && v.group(adcode) == Membership.Group.ISLAND) {
            return ISLAND;
        }
        if (c == CountyClass.OTHER && v.listing(adcode) == YearView.Listing.LEFT) {
            return LEFT_LIST;
        }
        return style.fill(c);
    }

    /** How strongly to hatch the county: 1 where its class that year rests on an uncertain date. */
    double hatchWeight(String adcode) {
        double a = previous != null && previous.uncertain(adcode) ? 1 : 0;
        double b = current != null && current.uncertain(adcode) ? 1 : 0;
        return a + (b - a) * fraction.get();
    }

    /** A fine diagonal hatching, made once. */
    static ImagePattern hatch() {
        if (hatch == null) {
            int n = 8;
            WritableImage img = new WritableImage(n, n);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    boolean on = (i + j) % n == 0 || (i + j + 1) % n == 0;
                    img.getPixelWriter().setColor(i, j, on ? Color.web("#ffffff", 0.75) : Color.TRANSPARENT);
                }
            }
            hatch = new ImagePattern((Image) img, 0, 0, n, n, false);
        }
        return hatch;
    }

    /** Stops the fade and removes the listener. */
    void dispose() {
        if (timeline != null) {
            timeline.stop();
        }
        state.yearViewProperty().removeListener(onYear);
    }
}
