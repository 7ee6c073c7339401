package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.mountainsseas.io.AtomicWriter;

/**
 * Writes frames as an animated GIF that loops, with the JDK's own GIF writer (javax.imageio): each
 * picture is reduced to a 256-colour palette, and a picture held for several frames is stored once
 * with a longer delay. Delays are in hundredths of a second, rounded so that their running total
 * stays on the frame clock ({@code frames / fps}). Written under a temporary name beside the
 * target and renamed over it by {@link #finish()}; closing without finishing deletes it.
 */
public final class GifWriter implements FrameSink, Closeable {
    private final AtomicWriter.Staged file;
    private final ImageOutputStream out;
    private final ImageWriter writer;
    private final int width;
    private final int height;
    private final int fps;
    private long frames;
    private boolean first = true;
    private boolean finished;

    public GifWriter(Path target, int width, int height, int fps) throws IOException {
        if (width <= 0 || height <= 0 || width > 65535 || height > 65535 || fps < 1 || fps > 100) {
            throw new IllegalArgumentException("not a GIF size and rate: " + width + "x" + height + " at " + fps + " fps");
        }
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("this Java has no GIF writer");
        }
        this.width = width;
        this.height = height;
        this.fps = fps;
        writer = writers.next();
        file = AtomicWriter.stage(target);
        ImageOutputStream stream = null;
        try {
            stream = ImageIO.createImageOutputStream(file.temp().toFile());
            if (stream == null) {
                throw new IOException("could not open " + file.temp() + " for writing");
            }
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
        } catch (IOException | RuntimeException e) {
            if (stream != null) {
                stream.close();
            }
            file.close();
            throw e;
        }
        out = stream;
    }

    /** Adds {@code frame}, shown for {@code times} frames. */
    @Override
    public void add(BufferedImage frame, int times) throws IOException {
        if (frame.getWidth() != width || frame.getHeight() != height) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + "x" + frame.getHeight() + ", not " + width + "x" + height);
        }
        int delay = (int) (centiseconds(frames + times) - centiseconds(frames));
        frames += times;
        BufferedImage rgb = frame;
        if (frame.getType() != BufferedImage.TYPE_INT_RGB) {
            rgb = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            rgb.getGraphics().drawImage(frame, 0, 0, null);
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb), param);
        meta.mergeTree(meta.getNativeMetadataFormatName(), frameTree(delay, first));
        writer.writeToSequence(new IIOImage(rgb, null, meta), param);
        first = false;
    }

    private long centiseconds(long frameCount) {
        return Math.round(frameCount * 100.0 / fps);
    }

    /** The GIF frame's metadata: its delay, no transparency, and on the first frame "loop for ever". */
    private static IIOMetadataNode frameTree(int delay, boolean first) {
        IIOMetadataNode root = new IIOMetadataNode("javax_imageio_gif_image_1.0");
        IIOMetadataNode control = new IIOMetadataNode("GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(Math.min(65535, delay)));
        control.setAttribute("transparentColorIndex", "0");
        root.appendChild(control);
        if (first) {
            IIOMetadataNode apps = new IIOMetadataNode("ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            // sub-block 1, then the loop count 0 (for ever) as a little-endian short
            loop.setUserObject(new byte[] {1, 0, 0});
            apps.appendChild(loop);
            root.appendChild(apps);
        }
        return root;
    }

    /** Ends the GIF and puts it in place of the target. */
    public void finish() throws IOException {
        writer.endWriteSequence();
        out.close();
        writer.dispose();
        file.commit();
        finished = true;
    }

    /** Deletes the unfinished file (after a cancel or a failure); nothing after {@link #finish()}. */
    @Override
    public void close() throws IOException {
        if (!finished) {
            try {
                out.close();
            } finally {
                writer.dispose();
                file.close();
            }
        }
    }
}
