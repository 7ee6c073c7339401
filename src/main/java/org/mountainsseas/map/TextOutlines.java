package org.mountainsseas.map;

import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Text as outlines in the bundled fonts ({@link AwtFonts}), for the rasterisers that draw off the
 * FX thread: laid out by Java2D (no JavaFX text layout, which is not safe off the FX thread) and
 * placed as a canvas places text (alignment, baseline). The most recent {@value #KEPT} layouts are
 * kept, since a map's labels repeat from frame to frame. Any thread.
 */
final class TextOutlines {
    private static final int KEPT = 1024;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Map<Key, Outline> OUTLINES = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Outline> eldest) {
            return size() > KEPT;
        }
    };

    private record Key(String text, boolean bold, double size) {
    }

    /** A text's outline with its origin at (0, 0), and its advance, ascent and descent. */
    record Outline(Shape shape, double advance, double ascent, double descent) {
    }

    private TextOutlines() {
    }

    /** The outline of {@code text} in {@code font} (the default font if null), at the origin. */
    static Outline of(String text, Font font) {
        Font f = font != null ? font : Font.getDefault();
        boolean bold = f.getStyle().toLowerCase(Locale.ROOT).contains("bold");
        Key key = new Key(text, bold, f.getSize());
        synchronized (OUTLINES) {
            Outline o = OUTLINES.get(key);
            if (o == null) {
                TextLayout layout = new TextLayout(AwtFonts.runs(text, bold, f.getSize()), FRC);
                o = new Outline(layout.getOutline(null), layout.getAdvance(), layout.getAscent(), layout.getDescent());
                OUTLINES.put(key, o);
            }
            return o;
        }
    }

    /** Where the outline's origin goes for a text drawn at (x, y) with this alignment and baseline. */
    static AffineTransform placed(Outline o, TextAlignment align, VPos baseline, double x, double y) {
        double dx = switch (align == null ? TextAlignment.LEFT : align) {
            case CENTER -> -o.advance() / 2;
            case RIGHT -> -o.advance();
            default -> 0;
        };
        return AffineTransform.getTranslateInstance(x + dx, y + TextStamps.baselineShift(baseline, o.ascent(), o.descent()));
    }
}
