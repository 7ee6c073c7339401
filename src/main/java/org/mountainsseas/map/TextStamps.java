package org.mountainsseas.map;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Affine;

/**
 * Text on a live canvas, copied from images. JavaFX 21 lays out a canvas's text on its rendering
 * thread while it draws, at the same time as the FX thread lays out the next pulse's text, and the
 * glyph layout it lends to both is not safe for that: a {@code ConcurrentModificationException} in
 * {@code PangoGlyphLayout.dispose}, once a crash in {@code pango_itemize} (docs/performance.md, "A
 * name at the cap"). A stamp is the text drawn on a scratch canvas and taken as a snapshot, for which
 * the FX thread waits, so the rendering thread lays text out only while nothing else does; the live
 * canvas only copies pixels. The most recent {@value #KEPT} stamps are kept. FX thread only.
 */
final class TextStamps {
    private static final int KEPT = 512;
    private static final Map<Key, Stamp> STAMPS = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Stamp> eldest) {
            return size() > KEPT;
        }
    };
    private static final Text MEASURE = new Text();

    /** What a stamp depends on: the text, its font, and the fill or the stroke (width and join) it is drawn with. */
    private record Key(String text, Font font, Paint paint, boolean stroke, double width, StrokeLineJoin join, double scale) {
    }

    /** The image, where the text's origin lies in it, and the text's advance, ascent and descent (canvas units). */
    private record Stamp(Image image, double originX, double originY, double advance, double ascent, double descent, double scale) {
    }

    private TextStamps() {
    }

    /** Draws {@code text} as {@code gc.fillText} or {@code gc.strokeText} would, with the context's font, paint, alignment and baseline. */
    static void draw(GraphicsContext gc, String text, double x, double y, boolean stroke) {
        if (text == null || text.isEmpty()) {
            return;
        }
        Paint paint = stroke ? gc.getStroke() : gc.getFill();
        double width = stroke ? gc.getLineWidth() : 0;
        Stamp s = STAMPS.computeIfAbsent(new Key(text, gc.getFont(), paint, stroke, width, gc.getLineJoin(), scale(gc)), TextStamps::make);
        double ox = x - switch (gc.getTextAlign()) {
            case CENTER -> s.advance() / 2;
            case RIGHT -> s.advance();
            default -> 0;
        };
        double oy = y + baselineShift(gc.getTextBaseline(), s.ascent(), s.descent());
        double dx = ox - s.originX(), dy = oy - s.originY();
        Affine t = gc.getTransform();
        if (t.getMxx() == 1 && t.getMyy() == 1 && t.getMxy() == 0 && t.getMyx() == 0) {
            // unrotated and unscaled: at whole device pixels, so the copy is not resampled
            dx = Math.round(t.getTx() + dx) - t.getTx();
            dy = Math.round(t.getTy() + dy) - t.getTy();
        }
        Image image = s.image();
        gc.drawImage(image, dx, dy, image.getWidth() / s.scale(), image.getHeight() / s.scale());
    }

    /** How far the baseline lies below {@code y} for a canvas's text baseline setting. */
    static double baselineShift(VPos baseline, double ascent, double descent) {
        return switch (baseline == null ? VPos.BASELINE : baseline) {
            case TOP -> ascent;
            case CENTER -> (ascent - descent) / 2;
            case BOTTOM -> -descent;
            default -> 0;
        };
    }

    /** The number of stamps kept (for tests). */
    static int size() {
        return STAMPS.size();
    }

    private static double scale(GraphicsContext gc) {
        var scene = gc.getCanvas().getScene();
        var window = scene == null ? null : scene.getWindow();
        return window == null ? 1 : Math.max(1, Math.max(window.getOutputScaleX(), window.getOutputScaleY()));
    }

    private static Stamp make(Key k) {
        MEASURE.setFont(k.font());
        MEASURE.setText(k.text());
        Bounds b = MEASURE.getLayoutBounds();
        double ascent = -b.getMinY(), descent = b.getMaxY(), advance = b.getWidth();
        double pad = Math.ceil(k.width() / 2) + 2;
        Canvas scratch = new Canvas(Math.ceil((advance + 2 * pad) * k.scale()), Math.ceil((ascent + descent + 2 * pad) * k.scale()));
        GraphicsContext g = scratch.getGraphicsContext2D();
        g.scale(k.scale(), k.scale());
        g.setFont(k.font());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.BASELINE);
        if (k.stroke()) {
            g.setStroke(k.paint());
            g.setLineWidth(k.width());
            g.setLineJoin(k.join());
            g.strokeText(k.text(), pad, pad + ascent);
        } else {
            g.setFill(k.paint());
            g.fillText(k.text(), pad, pad + ascent);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return new Stamp(scratch.snapshot(params, null), pad, pad + ascent, advance, ascent, descent, k.scale());
    }
}
