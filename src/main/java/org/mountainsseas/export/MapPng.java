package org.mountainsseas.export;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import javax.imageio.ImageIO;

/**
 * Composes a map page as an image: title and subtitle on top, the map with its legend beside it, a
 * scale bar and a north arrow on the map, and the date and credits underneath. Text uses the
 * app's bundled fonts ({@link AwtFonts}).
 */
public final class MapPng {
    private static final int PAD = 24;
    private static final int HEADER = 70;
    private static final int LINE = 18;

    private MapPng() {
    }

    public static BufferedImage compose(MapPage page) {
        BufferedImage map = page.map();
        BufferedImage legend = page.legend();
        int footer = 26 + LINE * page.credits().size();
        int legendW = legend == null ? 0 : legend.getWidth() + PAD;
        int w = map.getWidth() + legendW + 2 * PAD;
        int h = HEADER + Math.max(map.getHeight(), legend == null ? 0 : legend.getHeight()) + footer + PAD;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.BLACK);
            AwtFonts.draw(g, page.title(), Font.BOLD, 28, PAD, PAD + 24);
            g.setColor(new Color(0x45, 0x5a, 0x64));
            AwtFonts.draw(g, page.subtitle(), Font.PLAIN, 15, PAD, PAD + 46);
            g.drawImage(map, PAD, HEADER, null);
            if (legend != null) {
                g.drawImage(legend, PAD + map.getWidth() + PAD, HEADER, null);
            }
            g.setColor(new Color(0x90, 0xa4, 0xae));
            g.drawRect(PAD, HEADER, map.getWidth(), map.getHeight());
            scaleBar(g, PAD + 16, HEADER + map.getHeight() - 22, page.metresPerPixel(), map.getWidth() * 0.22);
            northArrow(g, PAD + map.getWidth() - 34, HEADER + 20);
            g.setColor(Color.DARK_GRAY);
            int y = h - footer - PAD + 22;
            AwtFonts.draw(g, page.date(), Font.PLAIN, 13, PAD, y);
            for (String credit : page.credits()) {
                y += LINE;
                AwtFonts.draw(g, credit, Font.PLAIN, 12, PAD, y);
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    public static void write(MapPage page, OutputStream out, Progress progress) throws IOException {
        progress.check();
        BufferedImage image = compose(page);
        progress.update(1, 2);
        progress.check();
        ImageIO.write(image, "png", out);
        progress.update(2, 2);
    }

    private static void scaleBar(Graphics2D g, int x, int y, double metresPerPixel, double maxLength) {
        ScaleBar.Bar bar = ScaleBar.fit(metresPerPixel, maxLength);
        int len = (int) Math.round(bar.length());
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(x - 8, y - 20, len + 80, 34);
        g.setColor(Color.BLACK);
        g.fillRect(x, y, len / 2, 6);
        g.setStroke(new BasicStroke(1.2f));
        g.drawRect(x, y, len, 6);
        AwtFonts.draw(g, "0", Font.PLAIN, 13, x - 3, y - 5);
        AwtFonts.draw(g, bar.label(), Font.PLAIN, 13, x + len + 6, y + 7);
    }

    private static void northArrow(Graphics2D g, int x, int y) {
        g.setColor(new Color(255, 255, 255, 225));
        g.fillRect(x - 16, y - 4, 32, 62);
        g.setColor(Color.BLACK);
        g.fill(new Polygon(new int[] {x, x - 10, x}, new int[] {y + 18, y + 54, y + 44}, 3));
        g.setStroke(new BasicStroke(1.2f));
        g.draw(new Polygon(new int[] {x, x + 10, x}, new int[] {y + 18, y + 54, y + 44}, 3));
        AwtFonts.draw(g, "N", Font.BOLD, 15, x - 5, y + 14);
    }
}
