package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;

/** Where the frames of a video go, in order: an encoder, or a test that fingerprints them. */
public interface FrameSink {
    /** Adds {@code frame} {@code times} times in a row (a held picture is given once). */
    void add(BufferedImage frame, int times) throws IOException;
}
