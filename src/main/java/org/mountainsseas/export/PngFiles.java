package org.mountainsseas.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes images as PNG files, creating folders as needed, each whole or not at all. */
public final class PngFiles {
    private PngFiles() {
    }

    /** Writes whole or not at all ({@link org.mountainsseas.io.AtomicWriter}): a full disk leaves no half a PNG. */
    public static void write(BufferedImage image, Path file) throws IOException {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", png)) {
            throw new IOException("no PNG writer is available");
        }
        // staged rather than AtomicWriter.write, whose temporary file is private: a PNG keeps the usual permissions
        try (org.mountainsseas.io.AtomicWriter.Staged staged = org.mountainsseas.io.AtomicWriter.stage(file)) {
            java.nio.file.Files.write(staged.temp(), png.toByteArray());
            staged.commit();
        }
    }
}
