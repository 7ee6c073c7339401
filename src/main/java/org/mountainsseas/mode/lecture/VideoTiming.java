package org.mountainsseas.mode.lecture;

import java.util.List;
import org.mountainsseas.model.Language;

/**
 * How long each part of a tour video lasts, in frames. The video opens on the first step; every
 * later step begins with a camera flight from the previous step's view, while the previous frame
 * fades into the new step's caption and highlights; then the step holds still long enough to read
 * its title and caption (a fixed time plus a reading time, within bounds). Pure arithmetic, so a
 * video's length is known before a frame is drawn.
 *
 * @param fps            frames per second (25 or 30)
 * @param flightSeconds  length of each camera flight between steps
 * @param fadeSeconds    length of the cross-fade at the start of each flight (at most the flight)
 * @param minHoldSeconds shortest hold on a step
 * @param maxHoldSeconds longest hold on a step, however long its caption
 */
public record VideoTiming(int fps, double flightSeconds, double fadeSeconds, double minHoldSeconds, double maxHoldSeconds) {
    /** Characters a viewer reads in a second: about 200 words a minute in English, 6 characters in Chinese. */
    static final double READ_EN = 15;
    static final double READ_ZH = 6;
    /** Time to take in the map and the title before the caption is read. */
    static final double LOOK_SECONDS = 2;

    public VideoTiming {
        if (fps < 1 || fps > 60) {
            throw new IllegalArgumentException("fps must be 1 … 60, not " + fps);
        }
        if (flightSeconds < 0 || fadeSeconds < 0 || fadeSeconds > flightSeconds || minHoldSeconds <= 0 || maxHoldSeconds < minHoldSeconds) {
            throw new IllegalArgumentException("inconsistent video timing");
        }
    }

    /** The app's timing: flights of 1.2 s (as the live lecture's), a 0.5 s cross-fade, holds of 4 … 14 s. */
    public static VideoTiming standard(int fps) {
        return new VideoTiming(fps, 1.2, 0.5, 4, 14);
    }

    /** Every step held for exactly {@code holdSeconds}, whatever its caption (for tests and previews). */
    public static VideoTiming fixed(int fps, double flightSeconds, double fadeSeconds, double holdSeconds) {
        return new VideoTiming(fps, flightSeconds, fadeSeconds, holdSeconds, holdSeconds);
    }

    public int flightFrames() {
        return frames(flightSeconds);
    }

    public int fadeFrames() {
        return Math.min(flightFrames(), frames(fadeSeconds));
    }

    /** Frames to hold a step whose title and caption are {@code text} in {@code language}. */
    public int holdFrames(String text, Language language) {
        double read = text.codePointCount(0, text.length()) / (language == Language.ZH ? READ_ZH : READ_EN);
        return Math.max(1, frames(Math.max(minHoldSeconds, Math.min(maxHoldSeconds, LOOK_SECONDS + read))));
    }

    /** The whole video's frame count for steps whose texts are {@code texts}, in order. */
    public int totalFrames(List<String> texts, Language language) {
        int total = 0;
        for (int i = 0; i < texts.size(); i++) {
            total += (i == 0 ? 0 : flightFrames()) + holdFrames(texts.get(i), language);
        }
        return total;
    }

    private int frames(double seconds) {
        return (int) Math.round(seconds * fps);
    }
}
