package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Map labels drawn once, with their halo, onto one image, then copied pixel for pixel wherever
 * they go. The software renderer strokes a halo glyph outline by glyph outline on every frame; an
 * unscaled copy of a prepared label is a plain blit. The sheet is redrawn when the fonts or
 * colours change, or when labels it lacks are asked for; until then the layer draws text.
 */
final class LabelSprites {
    private static final double PAD = 3;
    private static final double SHEET_WIDTH = 2048;

    /** Where a label is on the sheet. */
    record Sprite(double x, double y, double w, double h) {
    }

    private record Key(String text, boolean bold) {
    }

    private final Map<Key, Sprite> sprites = new HashMap<>();
    private Image sheet;
    private List<Object> look = List.of();

    /** Whether every label is on the sheet in these fonts and colours. */
    boolean covers(List<String> texts, Font normal, Font bold, Color fill, Color halo, double haloWidth) {
        if (sheet == null || !List.of(normal, bold, fill, halo, haloWidth).equals(look)) {
            return false;
        }
        for (String t : texts) {
            if (!sprites.containsKey(new Key(t, false)) || !sprites.containsKey(new Key(t, true))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Makes sure every label is on the sheet in these fonts and colours; {@code widths} measures a
     * text in a font.
     */
    void prepare(List<String> texts, Font normal, Font bold, Color fill, Color halo, double haloWidth,
                 java.util.function.BiFunction<String, Font, Double> widths) {
        if (covers(texts, normal, bold, fill, halo, haloWidth)) {
            return;
        }
        List<Key> keys = new ArrayList<>();
        for (String t : texts) {
            keys.add(new Key(t, false));
            keys.add(new Key(t, true));
        }
        draw(keys, normal, bold, fill, halo, haloWidth, widths);
        look = List.of(normal, bold, fill, halo, haloWidth);
    }

    private void draw(List<Key> keys, Font normal, Font bold, Color fill, Color halo, double haloWidth,
                      java.util.function.BiFunction<String, Font, Double> widths) {
        sprites.clear();
        double rowHeight = Math.ceil(Math.max(normal.getSize(), bold.getSize()) * 1.4 + 2 * PAD);
        double x = 0, y = 0;
        for (Key k : keys) {
            double w = Math.ceil(widths.apply(k.text(), k.bold() ? bold : normal) + 2 * PAD);
            if (x + w > SHEET_WIDTH) {
                x = 0;
                y += rowHeight;
            }
            sprites.put(k, new Sprite(x, y, w, rowHeight));
            x += w;
        }
        Canvas canvas = new Canvas(SHEET_WIDTH, y + rowHeight);
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(haloWidth);
        gc.setStroke(halo);
        gc.setFill(fill);
        for (var e : sprites.entrySet()) {
            Sprite s = e.getValue();
            gc.setFont(e.getKey().bold() ? bold : normal);
            double cx = s.x() + s.w() / 2, cy = s.y() + s.h() / 2;
            gc.strokeText(e.getKey().text(), cx, cy);
            gc.fillText(e.getKey().text(), cx, cy);
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        sheet = canvas.snapshot(params, null);
    }

    /** Copies the label centred on (x, y), at whole pixels so the copy is not resampled. */
    void draw(Surface gc, String text, boolean bold, double x, double y) {
        Sprite s = Objects.requireNonNull(sprites.get(new Key(text, bold)), text);
        double dx = Math.round(x - s.w() / 2), dy = Math.round(y - s.h() / 2);
        gc.drawImage(sheet, s.x(), s.y(), s.w(), s.h(), dx, dy, s.w(), s.h());
    }
}
