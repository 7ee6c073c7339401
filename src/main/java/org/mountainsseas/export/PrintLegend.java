package org.mountainsseas.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.mountainsseas.i18n.Messages;
import org.mountainsseas.model.EnclaveType;
import org.mountainsseas.model.Language;

/**
 * The printed map's key, always unfolded: one row per fill, line and marker the map can show,
 * laid out in one or more columns. Rows for the timeline and for dimming appear only when the map
 * uses them. Measure with {@link #width} and {@link #height}, then {@link #draw}.
 */
final class PrintLegend {
    private interface Symbol {
        void draw(PDPageContentStream cs, float x, float y, float u) throws IOException;
    }

    private record Row(String text, Symbol symbol) {
    }

    private final PdfText font;
    private final float unit;
    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final float size;

    PrintLegend(PdfText font, Language l, float unit, boolean year, boolean dims) {
        this.font = font;
        this.unit = unit;
        this.size = 6.8f * unit;
        this.title = Messages.get(l, "legend.title");
        rows.add(new Row(Messages.get(l, "legend.mountain"), swatch(PrintStyle.MOUNTAIN)));
        if (year) {
            rows.add(new Row(Messages.get(l, "print.legend.island"), swatch(PrintStyle.ISLAND)));
            rows.add(new Row(Messages.get(l, "print.legend.left"), swatch(PrintStyle.LEFT_LIST)));
        }
        rows.add(new Row(Messages.get(l, "legend.partner"), swatch(PrintStyle.PARTNER)));
        rows.add(new Row(Messages.get(l, "legend.other"), swatch(PrintStyle.OTHER)));
        if (dims) {
            rows.add(new Row(Messages.get(l, "print.legend.dimmed"), swatch(PrintStyle.blend(PrintStyle.MOUNTAIN, Color.WHITE, PrintStyle.DIM))));
        }
        rows.add(new Row(Messages.get(l, "print.legend.city"), (cs, x, y, u) -> {
            cs.setStrokingColor(PrintStyle.CITY_BORDER);
            cs.setLineWidth(0.75f * u);
            cs.moveTo(x, y);
            cs.lineTo(x + 16 * u, y);
            cs.stroke();
        }));
        rows.add(new Row(Messages.get(l, "legend.qingda"), (cs, x, y, u) -> {
            cs.setStrokingColor(PrintStyle.QINGDA);
            cs.setLineWidth(1.6f * u);
            cs.setLineDashPattern(new float[] {5 * u, 2.5f * u}, 0);
            cs.moveTo(x, y);
            cs.lineTo(x + 16 * u, y);
            cs.stroke();
            cs.setLineDashPattern(new float[0], 0);
        }));
        rows.add(new Row(Messages.get(l, "legend.endpoint"), (cs, x, y, u) -> {
            cs.setStrokingColor(PrintStyle.QINGDA);
            cs.setLineWidth(1.2f * u);
            MapPainter.circle(cs, x + 8 * u, y, 3 * u);
            cs.stroke();
        }));
        rows.add(new Row(Messages.get(l, "legend.arc"), arc(null)));
        rows.add(new Row(Messages.get(l, "legend.unconfirmed"), arc(new float[] {3.5f, 3f})));
        if (year) {
            rows.add(new Row(Messages.get(l, "print.legend.uncertain"), (cs, x, y, u) -> {
                swatch(PrintStyle.MOUNTAIN).draw(cs, x, y, u);
                cs.setStrokingColor(Color.WHITE);
                cs.setLineWidth(0.6f * u);
                for (float d = 0; d < 16; d += 2.6f) {
                    cs.moveTo(x + d * u, y - 4.5f * u);
                    cs.lineTo(x + Math.min(16, d + 9) * u, y - 4.5f * u + Math.min(9, 16 - d) * u);
                }
                cs.stroke();
            }));
        }
        for (EnclaveType t : EnclaveType.values()) {
            rows.add(new Row(Messages.get(l, "enclave.type." + GisLayers.code(t)),
                    (cs, x, y, u) -> MapPainter.marker(cs, t, x + 8 * u, y, 3 * u, u)));
        }
    }

    private static Symbol swatch(Color fill) {
        return (cs, x, y, u) -> {
            cs.setNonStrokingColor(fill);
            cs.setStrokingColor(PrintStyle.CITY_BORDER);
            cs.setLineWidth(0.4f * u);
            cs.addRect(x + 1 * u, y - 4.5f * u, 14 * u, 9 * u);
            cs.fillAndStroke();
        };
    }

    private static Symbol arc(float[] dash) {
        return (cs, x, y, u) -> {
            cs.setLineWidth(1.5f * u);
            for (int i = 0; i < 4; i++) {
                cs.setStrokingColor(PrintStyle.blend(PrintStyle.ARC_MOUNTAIN, PrintStyle.ARC_SEA, (i + 0.5) / 4));
                if (dash != null) {
                    cs.setLineDashPattern(new float[] {dash[0] * u, dash[1] * u}, i * 3 * u);
                }
                cs.moveTo(x + i * 3 * u, y);
                cs.lineTo(x + (i + 1) * 3 * u, y);
                cs.stroke();
            }
            cs.setLineDashPattern(new float[0], 0);
            cs.setNonStrokingColor(PrintStyle.ARC_SEA);
            cs.moveTo(x + 16 * u, y);
            cs.lineTo(x + 11.5f * u, y + 3 * u);
            cs.lineTo(x + 11.5f * u, y - 3 * u);
            cs.closePath();
            cs.fill();
        };
    }

    private float rowHeight() {
        return size * 1.75f;
    }

    private float columnWidth() throws IOException {
        float w = 0;
        for (Row r : rows) {
            w = Math.max(w, font.width(size, r.text()));
        }
        return w + 22 * unit;
    }

    private int rowsPerColumn(int columns) {
        return (rows.size() + columns - 1) / columns;
    }

    float width(int columns) throws IOException {
        return columns * columnWidth() + (columns - 1) * 8 * unit + 12 * unit;
    }

    float height(int columns) {
        return size * 1.3f + 8 * unit + rowsPerColumn(columns) * rowHeight() + 6 * unit;
    }

    /** Draws the key with its top left corner at (x, top), in a white box with a thin frame. */
    void draw(PDPageContentStream cs, float x, float top, int columns) throws IOException {
        float w = width(columns), h = height(columns);
        cs.setNonStrokingColor(Color.WHITE);
        cs.setStrokingColor(PrintStyle.FRAME);
        cs.setLineWidth(0.5f * unit);
        cs.addRect(x, top - h, w, h);
        cs.fillAndStroke();
        cs.setNonStrokingColor(PrintStyle.LABEL);
        font.show(cs, size * 1.2f, x + 6 * unit, top - 6 * unit - size * 1.2f, title);
        float colW = columnWidth() + 8 * unit;
        int per = rowsPerColumn(columns);
        for (int i = 0; i < rows.size(); i++) {
            float cx = x + 6 * unit + (i / per) * colW;
            float cy = top - 8 * unit - size * 1.3f - (i % per + 0.5f) * rowHeight();
            rows.get(i).symbol().draw(cs, cx, cy, unit);
            cs.setNonStrokingColor(PrintStyle.LABEL);
            font.show(cs, size, cx + 20 * unit, cy - size * 0.35f, rows.get(i).text());
        }
    }
}
