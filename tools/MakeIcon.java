import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the app's icon: green mountains in the south-west, the sea in the north-east, and the
 * Qingda Line between them as a red dashed line, in the map's own colours (map/MapStyle).
 *   java tools/MakeIcon.java src/main/package/linux/MountainsAndSeas.png 256
 */
public class MakeIcon {
    public static void main(String[] args) throws Exception {
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 256;
        BufferedImage img = new BufferedImage(n, n, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale(n / 256.0, n / 256.0);
        RoundRectangle2D tile = new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48);
        g.setClip(tile);
        // land, then the sea over the north-east
        g.setPaint(new Color(0xf4, 0xf1, 0xea));
        g.fill(tile);
        Path2D sea = new Path2D.Double();
        sea.moveTo(110, 0);
        sea.curveTo(150, 60, 190, 90, 256, 120);
        sea.lineTo(256, 0);
        sea.closePath();
        g.setPaint(new GradientPaint(150, 0, new Color(0x9c, 0xc6, 0xe4), 256, 120, new Color(0x5b, 0x93, 0xc7)));
        g.fill(sea);
        g.setColor(new Color(255, 255, 255, 200));
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 2; i++) {
            Path2D wave = new Path2D.Double();
            double y = 34 + i * 30, x = 172 + i * 18;
            wave.moveTo(x, y);
            wave.quadTo(x + 12, y - 10, x + 24, y);
            wave.quadTo(x + 36, y + 10, x + 48, y);
            g.draw(wave);
        }
        // the mountains of the south-west
        g.setColor(new Color(0x4f, 0x8f, 0x4a));
        g.fill(triangle(20, 228, 92, 104, 164, 228));
        g.setColor(new Color(0x79, 0xb0, 0x6a));
        g.fill(triangle(84, 228, 140, 142, 206, 228));
        g.setColor(Color.WHITE);
        g.fill(triangle(78, 128, 92, 104, 106, 128));
        // the Qingda Line between them
        g.setColor(new Color(0xc6, 0x28, 0x28));
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10, new float[] {22, 18}, 0));
        g.drawLine(86, 14, 242, 190);
        g.setClip(null);
        g.setColor(new Color(0x1f, 0x4f, 0x3a));
        g.setStroke(new BasicStroke(4));
        g.draw(tile);
        g.dispose();
        ImageIO.write(img, "png", new File(args[0]));
    }

    private static Path2D triangle(double x1, double y1, double x2, double y2, double x3, double y3) {
        Path2D p = new Path2D.Double();
        p.moveTo(x1, y1);
        p.lineTo(x2, y2);
        p.lineTo(x3, y3);
        p.closePath();
        return p;
    }
}
