package org.mountainsseas.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.mountainsseas.fonts.Fonts;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.LabelPlacer;
import org.mountainsseas.i18n.ShownText;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.model.County;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Language;
import org.mountainsseas.state.AppState;

/**
 * County names at their label points, in the current language. Labels that would collide are
 * left out, most important first: the selection and its partners, then mountain counties, then
 * partners, then the rest by size; so zooming in reveals more.
 */
public final class LabelPainter extends MapPainter {
    private static final double HALO = 3;
    static final int SHEET_DELAY_MS = 2000;
    private final AppState state;
    private final Atlas atlas;
    private final Map<String, Double> widths = new HashMap<>();
    private final javafx.scene.text.Text measure = new javafx.scene.text.Text();
    private List<LabelPlacer.Candidate> placed = List.of();
    private List<String> placedTexts = List.of();
    private final LabelSprites sprites = new LabelSprites();
    private boolean sheetPending;
    private boolean fromSheet;
    private boolean textOnly;
    private final QingdaName qingda;

    public LabelPainter(MapContext context) {
        super(context);
        this.state = context.state;
        this.atlas = context.atlas;
        this.qingda = new QingdaName(state, context::style, camera);
    }

    /**
     * Off-screen rendering: labels always drawn as text, never copied from the sheet that is
     * prepared some time later, so every frame of an export draws them the same way.
     */
    void setTextOnly(boolean textOnly) {
        this.textOnly = textOnly;
        invalidate();
    }

    /** The labels drawn in the last paint (for tests). */
    public List<LabelPlacer.Candidate> placed() {
        return placed;
    }

    /** Whether the last paint copied the labels from the sheet (for tests: before that, the sheet is still to come). */
    boolean fromSheet() {
        return fromSheet;
    }

    /** Whether the label sheet is being prepared: the labels will be repainted from it ({@value #SHEET_DELAY_MS} ms after a paint without it). */
    boolean sheetPending() {
        return sheetPending;
    }

    /** The label strings drawn in the last paint (for tests). */
    public List<String> placedTexts() {
        return placedTexts;
    }

    @Override
    protected void paint(Frame f) {
        Surface gc = f.g();
        double width = f.width(), height = f.height();
        Dataset data = state.dataset();
        Language lang = state.language();
        Set<String> highlighted = context.emphasis().counties();
        Font normal = Fonts.sans(FontWeight.NORMAL, style().labelSize());
        Font bold = Fonts.sans(FontWeight.BOLD, style().labelSize() + 1);
        List<County> ordered = new ArrayList<>(data.counties());
        // each county's area once per paint, not once per comparison (JTS works it out afresh each time)
        Map<String, Double> areas = new HashMap<>();
        ordered.forEach(c -> areas.put(c.adcode(), area(c)));
        ordered.sort(Comparator.comparingInt((County c) -> rank(c, data, highlighted))
                .thenComparing(c -> -areas.get(c.adcode())));
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        for (County c : ordered) {
            Shape s = atlas.county(c.adcode());
            if (s == null) {
                continue;
            }
            double x = camera.screenX(s.labelX()), y = camera.screenY(s.labelY());
            if (x < -50 || y < -20 || x > width + 50 || y > height + 20) {
                continue;
            }
            String text = label(c, lang);
            boolean strong = highlighted.contains(c.adcode());
            double w = width(text, strong ? bold : normal);
            candidates.add(new LabelPlacer.Candidate(c.adcode(), x, y, w, style().labelSize() * 1.25));
        }
        Set<String> important = new java.util.HashSet<>(highlighted);
        if (state.selected() != null) {
            important.add(state.selected());
        }
        List<LabelPlacer.Candidate> free = qingda.reserve(candidates, important::contains, width, height, this::width, 2);
        // a county whose name an endpoint's name takes the place of is moved aside, within its county
        Set<String> displaced = new java.util.HashSet<>();
        for (LabelPlacer.Candidate c : candidates) {
            if (qingda.underEndpoint(c, 2)) {
                displaced.add(c.id());
            }
        }
        // the Qingda Line's endpoint names are kept first; they are drawn by the line's layer
        placed = LabelPlacer.place(free, 2, id -> important.contains(id) || displaced.contains(id),
                c -> qingda.blocks(c) || displaced.contains(c.id()) && !insideCounty(c))
                .stream().filter(c -> !c.id().startsWith(QingdaName.RESERVED)).toList();
        boolean blit = false;
        if (!textOnly && f.unscaled()) {
            List<String> all = data.counties().stream().map(c -> label(c, lang)).toList();
            blit = sprites.covers(all, normal, bold, style().label(), style().labelHalo(), HALO);
            if (!blit) {
                prepareSoon(all, normal, bold);
            }
        }
        fromSheet = blit;
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.setLineWidth(HALO);
        gc.setStroke(style().labelHalo());
        gc.setFill(style().label());
        List<String> texts = new ArrayList<>();
        for (LabelPlacer.Candidate c : placed) {
            String text = label(data.county(c.id()), lang);
            boolean strong = highlighted.contains(c.id());
            if (blit) {
                sprites.draw(gc, text, strong, c.x(), c.y());
            } else {
                gc.setFont(strong ? bold : normal);
                gc.strokeText(text, c.x(), c.y());
                gc.fillText(text, c.x(), c.y());
            }
            texts.add(text);
        }
        placedTexts = texts;
        qingda.draw(gc);
    }

    /** Whether a label's centre lies in its own county (a moved label must still name the right place). */
    private boolean insideCounty(LabelPlacer.Candidate c) {
        Shape s = atlas.county(c.id());
        return s != null && s.contains(camera.worldX(c.x()), camera.worldY(c.y()));
    }

    /** Where the Qingda Line's name went in the last paint (null: not on screen), for tests. */
    public org.mountainsseas.geo.LineLabel.Placement qingdaName() {
        return qingda.placement();
    }

    /**
     * Draws the label sheet {@value #SHEET_DELAY_MS} ms from now (until then the map shows text
     * labels), so neither the first frame at start-up (which the renderer may still be drawing a
     * second after the first paint) nor the frame after a language switch waits for it: it takes a
     * quarter of a second on a cold start.
     */
    private void prepareSoon(List<String> texts, Font normal, Font bold) {
        if (sheetPending) {
            return;
        }
        sheetPending = true;
        var later = new javafx.animation.PauseTransition(javafx.util.Duration.millis(SHEET_DELAY_MS));
        later.setOnFinished(e -> {
            sheetPending = false;
            sprites.prepare(texts, normal, bold, style().label(), style().labelHalo(), HALO, this::width);
            invalidate();
        });
        later.play();
    }

    /**
     * Short names on the map: 淳安 rather than 淳安县, Chun'an rather than Chun'an County; a name
     * longer than any real one is cut as the side panel cuts it ({@link ShownText}).
     */
    private static final java.util.regex.Pattern SUFFIX = java.util.regex.Pattern.compile(" (County|District|City|She Autonomous County)$");

    static String label(County c, Language lang) {
        String name = c.name().get(lang);
        if (lang == Language.ZH) {
            if (name.length() > 2 && (name.endsWith("县") || name.endsWith("区") || name.endsWith("市"))) {
                name = name.substring(0, name.length() - 1);
            }
            return ShownText.name(name.replace("畲族自治", ""));
        }
        return ShownText.name(SUFFIX.matcher(name).replaceFirst(""));
    }

    private int rank(County c, Dataset data, Set<String> highlighted) {
        if (c.adcode().equals(state.selected())) {
            return 0;
        }
        if (highlighted.contains(c.adcode())) {
            return 1;
        }
        CountyClass k = data.classOf(c.adcode());
        return k == CountyClass.MOUNTAIN ? 2 : k == CountyClass.PARTNER ? 3 : 4;
    }

    private double area(County c) {
        Shape s = atlas.county(c.adcode());
        return s == null ? 0 : s.area();
    }

    private double width(String text, Font font) {
        return widths.computeIfAbsent(font.getStyle() + font.getSize() + "|" + text, k -> {
            measure.setFont(font);
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        });
    }
}
