package org.mountainsseas.bench;

import java.awt.image.BufferedImage;
import java.nio.IntBuffer;

/** One rasteriser drawing the {@link CrispFrame} off the FX thread into its own back buffer. */
interface Candidate extends AutoCloseable {
    /** The name in the table and the PNG's file name. */
    String name();

    /** Draws one whole frame into the back buffer. */
    void draw() throws Exception;

    /** Copies the finished frame into a JavaFX {@code PixelBuffer}'s buffer (premultiplied ARGB ints), as a swap would. */
    void copyInto(IntBuffer pixels);

    /** The finished frame, to write as PNG. */
    BufferedImage image();

    @Override
    void close();
}
