package org.mountainsseas.map;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.mountainsseas.geo.ChinaFrame;
import org.mountainsseas.model.Boundary;
import org.mountainsseas.state.AppState;

/** Paints the China view's province layer, arcs and legend on a canvas (used by {@link ChinaView} and {@link LocatorInset}). */
final class ChinaPainter {
    private static final Color LAND = Color.web("#fbfaf6");
    private static final Color BORDER = Color.web("#9aa7b0");
    private static final Color HOME = Color.web("#f2c879");

    private ChinaPainter() {
    }

    /** Every province (the one with adcode {@code home} filled warm) and the boundary lines. */
    static void provinces(GraphicsContext g, ChinaFrame f, List<Boundary> layer, String home) {
        g.setLineWidth(0.7);
        for (Boundary b : layer) {
            if (b.kind() != Boundary.Kind.PROVINCE) {
                continue;
            }
            g.setFill(home.equals(b.id()) ? HOME : LAND);
            g.setStroke(BORDER);
            for (List<double[]> polygon : b.polygons()) {
                g.beginPath();
                for (double[] ring : polygon) {
                    for (int i = 0; i < ring.length; i += 2) {
                        double x = f.x(ring[i]);
                        double y = f.y(ring[i + 1]);
                        if (i == 0) {
                            g.moveTo(x, y);
                        } else {
                            g.lineTo(x, y);
                        }
                    }
                    g.closePath();
                }
                g.fill();
                g.stroke();
            }
        }
        g.setStroke(BORDER.darker());
        for (Boundary b : layer) {
            for (double[] line : b.lines()) {
                g.beginPath();
                for (int i = 0; i < line.length; i += 2) {
                    if (i == 0) {
                        g.moveTo(f.x(line[i]), f.y(line[i + 1]));
                    } else {
                        g.lineTo(f.x(line[i]), f.y(line[i + 1]));
                    }
                }
                g.stroke();
            }
        }
    }

    /** A curved arc bowing to the north of the straight line; dashed when the place is a province without a named county. */
    static void arc(GraphicsContext g, double fx, double fy, double tx, double ty, Color colour, boolean lit, boolean vague) {
        double mx = (fx + tx) / 2;
        double my = (fy + ty) / 2;
        double dx = tx - fx;
        double dy = ty - fy;
        double bow = 0.2;
        double cx = mx + dy * bow;
        double cy = my - Math.abs(dx) * bow;
        g.setStroke(colour.deriveColor(0, 1, 1, lit ? 0.9 : 0.25));
        g.setLineWidth(lit ? 2.2 : 1.2);
        g.setLineDashes(vague ? new double[] {6, 5} : null);
        g.beginPath();
        g.moveTo(fx, fy);
        g.quadraticCurveTo(cx, cy, tx, ty);
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    /** The three programmes' colours, bottom left. */
    static void legend(GraphicsContext g, double height, AppState state) {
        String[] keys = {"china.programme.east-west", "china.programme.counterpart-support", "china.programme.unstated"};
        Color[] colours = {ChinaView.EAST_WEST, ChinaView.COUNTERPART, ChinaView.UNSTATED};
        g.setFont(Font.font(13));
        double y = height - 20 - 20 * keys.length;
        for (int i = 0; i < keys.length; i++) {
            g.setFill(colours[i]);
            g.fillOval(16, y + 20 * i - 9, 10, 10);
            g.setFill(Color.web("#333"));
            TextStamps.draw(g, state.text(keys[i]), 32, y + 20 * i, false);
        }
    }
}
