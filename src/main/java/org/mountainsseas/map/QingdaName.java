package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.geo.LabelPlacer;
import org.mountainsseas.geo.LineLabel;
import org.mountainsseas.model.Language;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.state.AppState;

/**
 * The Qingda Line's name and its endpoints' names as labels among the counties': the endpoint
 * names are reserved first, then the line's name takes the place beside the line that hides the
 * fewest county labels where they would be placed without it (a highlighted county's name weighs
 * most), and county labels that would touch any of them are left out. The name is written along the line with a halo, clear of it.
 */
final class QingdaName {
    /** Air between the line's halo and its name, at scale 1. */
    static final double AIR = 5;
    private final AppState state;
    private final java.util.function.Supplier<MapStyle> styles;
    private final MapCamera camera;
    private LineLabel.Placement placed;
    private List<LabelPlacer.Candidate> endpoints = List.of();
    private String text = "";

    QingdaName(AppState state, java.util.function.Supplier<MapStyle> styles, MapCamera camera) {
        this.state = state;
        this.styles = styles;
        this.camera = camera;
    }

    /** Where the name went in the last paint, or null (no line, or none of it on screen). */
    LineLabel.Placement placement() {
        return placed;
    }

    Font font() {
        return Fonts.sans(FontWeight.BOLD, 15 * style().scale());
    }

    /**
     * Places the line's name and returns the labels to place: the endpoints' names first, then
     * {@code ordered} (most important first); {@code important} says which the name should not
     * cover if it can be helped. Labels are then kept off the name with {@link #blocks}.
     */
    List<LabelPlacer.Candidate> reserve(List<LabelPlacer.Candidate> ordered, Predicate<String> important, double width,
                                        double height, BiFunction<String, Font, Double> measure, double gap) {
        placed = null;
        endpoints = List.of();
        QingdaLine line = state.dataset().qingdaLine();
        if (line == null) {
            return ordered;
        }
        Language lang = state.language();
        double[] e = QingdaLinePainter.ends(line, camera);
        List<LabelPlacer.Candidate> reserved = new ArrayList<>();
        reserved.add(endpointBox(line.start(), e[0], e[1], -1, lang, measure));
        reserved.add(endpointBox(line.end(), e[2], e[3], 1, lang, measure));
        endpoints = List.copyOf(reserved);
        text = line.name().get(lang);
        double k = style().scale();
        List<LineLabel.Placement> tries = LineLabel.candidates(e[0], e[1], e[2], e[3], measure.apply(text, font()) + 4 * k,
                15 * k * 1.3, QingdaLinePainter.halfWidth(style(), state.spotlight().qingdaLine()) + AIR * k);
        List<LabelPlacer.Candidate> free = new ArrayList<>(reserved);
        free.addAll(ordered);
        // the labels where they would go without the name: a county's name nudged off an endpoint's
        // name (Lin'an's, under Qingliangfeng's) counts where it was nudged to, so the line's name
        // keeps clear of that place rather than of the one the label could not have
        List<LabelPlacer.Candidate> obstacles = LabelPlacer.place(free, gap, important, c -> false);
        placed = LineLabel.choose(tries, obstacles, width, height, gap,
                i -> obstacles.get(i).id().startsWith(RESERVED) ? 1e6 : important.test(obstacles.get(i).id()) ? 100 : 1);
        return free;
    }

    /**
     * Whether a county's label there would touch an endpoint's name (Cangnan's, under "≈ Dayu Town"):
     * such a label is moved aside rather than left out.
     */
    boolean underEndpoint(LabelPlacer.Candidate c, double gap) {
        for (LabelPlacer.Candidate e : endpoints) {
            if (!c.id().startsWith(RESERVED) && LabelPlacer.overlap(c, e, gap)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label there would touch the line's name. */
    boolean blocks(LabelPlacer.Candidate c) {
        return placed != null && placed.overlaps(c, 2);
    }

    /** The box an endpoint's name fills: centred under (or over) its circle, as {@link QingdaLinePainter} draws it. */
    private LabelPlacer.Candidate endpointBox(QingdaLine.Endpoint end, double x, double y, int below, Language lang,
                                              BiFunction<String, Font, Double> measure) {
        double k = style().scale();
        Font f = QingdaLinePainter.endpointFont(style());
        double h = f.getSize() * 1.25;
        double w = measure.apply(QingdaLinePainter.endpointText(end, lang), f) + 3.5 * k;
        return new LabelPlacer.Candidate(RESERVED + below, x, y + below * (QingdaLinePainter.ENDPOINT_GAP * k + h / 2), w, h);
    }

    /** Ids of the reserved boxes, which are no county's. */
    static final String RESERVED = "qingda-endpoint";

    /** Writes the name where {@link #reserve} put it. */
    void draw(Surface gc) {
        if (placed == null) {
            return;
        }
        gc.save();
        gc.translate(placed.x(), placed.y());
        gc.rotate(placed.angle());
        gc.setFont(font());
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineJoin(javafx.scene.shape.StrokeLineJoin.ROUND);
        gc.setStroke(style().labelHalo());
        gc.setLineWidth(4 * style().scale());
        gc.strokeText(text, 0, 0);
        gc.setFill(style().qingdaLine());
        gc.fillText(text, 0, 0);
        gc.restore();
    }

    private MapStyle style() {
        return styles.get();
    }
}
