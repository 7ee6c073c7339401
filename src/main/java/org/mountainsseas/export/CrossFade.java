package org.mountainsseas.export;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;

/** Blends two frames of the same size: the picture a fraction of the way from one to the other. */
public final class CrossFade {
    private CrossFade() {
    }

    /** {@code to} laid over {@code from} at opacity {@code alpha} (0: from, 1: to), as a new opaque image. */
    public static BufferedImage blend(BufferedImage from, BufferedImage to, double alpha) {
        float a = (float) Math.max(0, Math.min(1, alpha));
        BufferedImage out = new BufferedImage(to.getWidth(), to.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.drawImage(from, 0, 0, null);
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, a));
            g.drawImage(to, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
