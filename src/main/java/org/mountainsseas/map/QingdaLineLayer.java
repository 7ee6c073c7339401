package org.mountainsseas.map;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.state.AppState;

/**
 * The Qingda Line: a dashed red line between its endpoints, each marked with an open circle
 * ("approximate") and named, and the line's name written along it.
 */
public final class QingdaLineLayer extends CanvasLayer {
    private final AppState state;
    private final MapStyle style;

    public QingdaLineLayer(MapCamera camera, Region host, AppState state, MapStyle style) {
        super(camera, host);
        this.state = state;
        this.style = style;
        observe(state.datasetProperty(), state.languageProperty(), state.spotlightProperty());
    }

    @Override
    protected void paint(GraphicsContext gc, double width, double height) {
        QingdaLine line = state.dataset().qingdaLine();
        if (line == null) {
            return;
        }
        Language lang = state.language();
        double x1 = camera.screenX(WebMercator.x(line.start().lon())), y1 = camera.screenY(WebMercator.y(line.start().lat()));
        double x2 = camera.screenX(WebMercator.x(line.end().lon())), y2 = camera.screenY(WebMercator.y(line.end().lat()));
        // a spotlit line is drawn heavier, so a presenter can point at it
        double k = style.scale() * (state.spotlight().qingdaLine() ? 1.8 : 1);
        gc.setStroke(style.labelHalo());
        gc.setLineWidth(6 * k);
        gc.strokeLine(x1, y1, x2, y2);
        gc.setStroke(style.qingdaLine());
        gc.setLineWidth(3 * k);
        gc.setLineDashes(14 * k, 7 * k);
        gc.strokeLine(x1, y1, x2, y2);
        gc.setLineDashes();
        endpoint(gc, x1, y1, line.start(), lang, -1);
        endpoint(gc, x2, y2, line.end(), lang, 1);

        // the name, written along the line near its northern end where fewer arcs cross, on its north-east side
        double angle = Math.toDegrees(Math.atan2(y2 - y1, x2 - x1));
        double tx = x1 + (x2 - x1) * 0.17, ty = y1 + (y2 - y1) * 0.17;
        gc.save();
        gc.translate(tx, ty);
        gc.rotate(angle);
        gc.setFont(Fonts.sans(FontWeight.BOLD, 15 * style.scale()));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.BOTTOM);
        String name = line.name().get(lang);
        gc.setStroke(style.labelHalo());
        gc.setLineWidth(4 * style.scale());
        // clear of the line's halo (3k either side), with a little air
        double off = -(3 * k + 5 * style.scale());
        gc.strokeText(name, 0, off);
        gc.setFill(style.qingdaLine());
        gc.fillText(name, 0, off);
        gc.restore();
    }

    private void endpoint(GraphicsContext gc, double x, double y, QingdaLine.Endpoint e, Language lang, int below) {
        double k = style.scale();
        gc.setFill(style.labelHalo());
        gc.fillOval(x - 7 * k, y - 7 * k, 14 * k, 14 * k);
        gc.setStroke(style.qingdaLine());
        gc.setLineWidth(2.5 * k);
        gc.strokeOval(x - 6 * k, y - 6 * k, 12 * k, 12 * k);
        gc.setFill(style.qingdaLine());
        gc.fillOval(x - 2 * k, y - 2 * k, 4 * k, 4 * k);
        gc.setFont(Fonts.sans(FontWeight.BOLD, 13 * k));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(below > 0 ? VPos.TOP : VPos.BOTTOM);
        String text = "≈ " + e.name().get(lang);
        double ty = y + below * 10 * k;
        gc.setStroke(style.labelHalo());
        gc.setLineWidth(3.5 * k);
        gc.strokeText(text, x, ty);
        // on a dark halo (projector theme) the text must be lighter than the line, not darker
        gc.setFill(style.labelHalo().getBrightness() < 0.5 ? style.qingdaLine().brighter() : style.qingdaLine().darker());
        gc.fillText(text, x, ty);
    }
}
