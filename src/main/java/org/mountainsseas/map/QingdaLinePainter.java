package org.mountainsseas.map;

import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.state.AppState;

/**
 * The Qingda Line: a dashed red line between its endpoints, each marked with an open circle
 * ("approximate") and named. The line's own name is a label like the counties' (see
 * {@link QingdaName}), placed with them so that nothing covers it.
 */
public final class QingdaLinePainter extends MapPainter {
    /** How far below (or above) its circle an endpoint's name starts, at scale 1. */
    static final double ENDPOINT_GAP = 10;
    private final AppState state;

    public QingdaLinePainter(MapContext context) {
        super(context);
        this.state = context.state;
    }

    /** The line's ends on screen: x1, y1 (the start), x2, y2. */
    static double[] ends(QingdaLine line, MapCamera camera) {
        return new double[] {camera.screenX(WebMercator.x(line.start().lon())), camera.screenY(WebMercator.y(line.start().lat())),
                camera.screenX(WebMercator.x(line.end().lon())), camera.screenY(WebMercator.y(line.end().lat()))};
    }

    /** Half the drawn line's width with its halo: a spotlit line is drawn heavier, so a presenter can point at it. */
    static double halfWidth(MapStyle style, boolean spotlit) {
        return 3 * style.scale() * (spotlit ? 1.8 : 1);
    }

    static Font endpointFont(MapStyle style) {
        return Fonts.sans(FontWeight.BOLD, 13 * style.scale());
    }

    static String endpointText(QingdaLine.Endpoint e, Language lang) {
        return "≈ " + e.name().get(lang);
    }

    @Override
    protected void paint(Frame f) {
        Surface gc = f.g();
        QingdaLine line = state.dataset().qingdaLine();
        if (line == null) {
            return;
        }
        Language lang = state.language();
        double[] e = ends(line, camera);
        double k = halfWidth(style(), state.spotlight().qingdaLine()) / 3;
        gc.setStroke(style().labelHalo());
        gc.setLineWidth(6 * k);
        gc.strokeLine(e[0], e[1], e[2], e[3]);
        gc.setStroke(style().qingdaLine());
        gc.setLineWidth(3 * k);
        gc.setLineDashes(14 * k, 7 * k);
        gc.strokeLine(e[0], e[1], e[2], e[3]);
        gc.setLineDashes();
        endpoint(gc, e[0], e[1], line.start(), lang, -1);
        endpoint(gc, e[2], e[3], line.end(), lang, 1);
    }

    private void endpoint(Surface gc, double x, double y, QingdaLine.Endpoint e, Language lang, int below) {
        double k = style().scale();
        gc.setFill(style().labelHalo());
        gc.fillOval(x - 7 * k, y - 7 * k, 14 * k, 14 * k);
        gc.setStroke(style().qingdaLine());
        gc.setLineWidth(2.5 * k);
        gc.strokeOval(x - 6 * k, y - 6 * k, 12 * k, 12 * k);
        gc.setFill(style().qingdaLine());
        gc.fillOval(x - 2 * k, y - 2 * k, 4 * k, 4 * k);
        gc.setFont(endpointFont(style()));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(below > 0 ? VPos.TOP : VPos.BOTTOM);
        String text = endpointText(e, lang);
        double ty = y + below * ENDPOINT_GAP * k;
        gc.setStroke(style().labelHalo());
        gc.setLineWidth(3.5 * k);
        gc.strokeText(text, x, ty);
        // on a dark halo (projector theme) the text must be lighter than the line, not darker
        gc.setFill(style().labelHalo().getBrightness() < 0.5 ? style().qingdaLine().brighter() : style().qingdaLine().darker());
        gc.fillText(text, x, ty);
    }
}
