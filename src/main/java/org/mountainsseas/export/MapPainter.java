package org.mountainsseas.export;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.mountainsseas.geo.ArcGeometry;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Bounds;
import org.mountainsseas.geo.LabelPlacer;
import org.mountainsseas.geo.Shape;
import org.mountainsseas.geo.WebMercator;
import org.mountainsseas.model.CountyClass;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.Enclave;
import org.mountainsseas.model.Membership;
import org.mountainsseas.model.Pairing;
import org.mountainsseas.model.Presence;
import org.mountainsseas.model.QingdaLine;
import org.mountainsseas.model.YearView;

/**
 * Draws a {@link MapScene} as vector paths and real text into a rectangle of a PDF page: sea,
 * neighbouring provinces, counties filled by class (in the scene's year, hatched where that rests
 * on an uncertain date, faded outside the selection or filter), borders, the Qingda Line, pairing
 * arcs from green to blue, enclave markers and county names placed without overlaps. The province
 * is fitted into the rectangle; {@code unit} scales every line and text size (1 on an A4 page).
 */
final class MapPainter {
    private static final double EARTH_CIRCUMFERENCE = 2 * Math.PI * 6_378_137;
    private static final int ARC_PIECES = 14;

    private final PDPageContentStream cs;
    private final PdfText text;
    private final MapScene scene;
    private final float unit;
    private final float left;
    private final float bottom;
    private final float width;
    private final float height;
    private final double scale;
    private final double originX;
    private final double originY;
    private final YearView year;
    private final Map<Float, PDExtendedGraphicsState> alphas = new HashMap<>();
    private boolean labelAll = true;

    /** Fits {@code fit} (world pixels) into the rectangle with a little air around it. */
    MapPainter(PDPageContentStream cs, PdfText text, MapScene scene, Bounds fit, float left, float bottom, float width,
               float height, float unit) {
        this.cs = cs;
        this.text = text;
        this.scene = scene;
        this.unit = unit;
        this.left = left;
        this.bottom = bottom;
        this.width = width;
        this.height = height;
        double air = 1.04;
        this.scale = Math.min(width / (fit.width() * air), height / (fit.height() * air));
        this.originX = fit.centerX() - width / 2 / scale;
        this.originY = fit.centerY() + height / 2 / scale;
        this.year = scene.yearView();
    }

    float x(double worldX) {
        return (float) (left + (worldX - originX) * scale);
    }

    float y(double worldY) {
        return (float) (bottom + (originY - worldY) * scale);
    }

    /** Ground metres per point at the map's middle latitude, for the scale bar. */
    double metresPerPoint() {
        double lat = WebMercator.lat(originY - height / 2 / scale);
        return EARTH_CIRCUMFERENCE * Math.cos(Math.toRadians(lat)) / WebMercator.TILE / scale;
    }

    /** The rectangle the province's counties take on the page: {x, y, width, height}. */
    float[] provinceBox() {
        Bounds b = scene.atlas().bounds();
        return new float[] {x(b.minX()), y(b.maxY()), (float) (b.width() * scale), (float) (b.height() * scale)};
    }

    /** Names only the highlighted counties (for a small locator map, where all names would crowd). */
    MapPainter labelOnlyHighlighted() {
        labelAll = false;
        return this;
    }

    void paint() throws IOException {
        cs.saveGraphicsState();
        cs.addRect(left, bottom, width, height);
        cs.clip();
        cs.setNonStrokingColor(PrintStyle.SEA);
        cs.addRect(left, bottom, width, height);
        cs.fill();
        cs.setLineJoinStyle(1);
        context();
        counties();
        qingdaLine();
        arcs();
        enclaves();
        qingdaName();
        labels();
        cs.restoreGraphicsState();
        cs.setStrokingColor(PrintStyle.FRAME);
        cs.setLineWidth(0.6f * unit);
        cs.addRect(left, bottom, width, height);
        cs.stroke();
    }

    private void context() throws IOException {
        cs.setNonStrokingColor(PrintStyle.NEIGHBOUR_FILL);
        cs.setStrokingColor(PrintStyle.NEIGHBOUR_BORDER);
        cs.setLineWidth(0.4f * unit);
        for (Shape s : scene.atlas().context()) {
            rings(s.rings());
            cs.fillAndStroke();
        }
        cs.setLineDashPattern(new float[] {3 * unit, 2 * unit}, 0);
        for (double[] line : scene.atlas().contextLines()) {
            line(line);
            cs.stroke();
        }
        cs.setLineDashPattern(new float[0], 0);
    }

    private void counties() throws IOException {
        Dataset data = scene.data();
        boolean selecting = !scene.highlighted().isEmpty();
        Map<Color, List<Shape>> byFill = new LinkedHashMap<>();
        List<Shape> hatched = new ArrayList<>();
        for (Shape s : scene.atlas().counties()) {
            Color fill = fill(s.id(), data);
            boolean dim = selecting && !scene.highlighted().contains(s.id()) || scene.lit() != null && !scene.lit().contains(s.id());
            byFill.computeIfAbsent(dim ? PrintStyle.blend(fill, Color.WHITE, PrintStyle.DIM) : fill, k -> new ArrayList<>()).add(s);
            if (year != null && year.uncertain(s.id())) {
                hatched.add(s);
            }
        }
        for (var e : byFill.entrySet()) {
            cs.setNonStrokingColor(e.getKey());
            for (Shape s : e.getValue()) {
                rings(s.rings());
            }
            cs.fill();
        }
        for (Shape s : hatched) {
            hatch(s);
        }
        cs.setStrokingColor(PrintStyle.COUNTY_BORDER);
        cs.setLineWidth(0.5f * unit);
        for (BorderNetwork.Line line : scene.atlas().countyBorders()) {
            line(line.points());
        }
        cs.stroke();
        cs.setStrokingColor(PrintStyle.CITY_BORDER);
        cs.setLineWidth(0.75f * unit);
        for (List<double[]> rings : scene.cityOutlines().values()) {
            rings(rings);
        }
        cs.stroke();
        for (String adcode : scene.highlighted()) {
            Shape s = scene.atlas().county(adcode);
            if (s != null) {
                boolean selected = scene.selection().contains(adcode);
                cs.setStrokingColor(selected ? PrintStyle.SELECTION : PrintStyle.blend(PrintStyle.SELECTION, Color.WHITE, 0.3));
                cs.setLineWidth((selected ? 1.8f : 1f) * unit);
                rings(s.rings());
                cs.stroke();
            }
        }
    }

    /** The county's fill in the scene's year: class colour, teal on the island list, pale green after leaving the list. */
    private Color fill(String adcode, Dataset data) {
        if (year == null) {
            return PrintStyle.fill(data.classOf(adcode));
        }
        CountyClass c = year.classOf(adcode);
        if (c == CountyClass.MOUNTAIN && year.group(adcode) == Membership.Group.ISLAND) {
            return PrintStyle.ISLAND;
        }
        if (c == CountyClass.OTHER && year.listing(adcode) == YearView.Listing.LEFT) {
            return PrintStyle.LEFT_LIST;
        }
        return PrintStyle.fill(c);
    }

    /** Fine white diagonals inside the county: its class that year rests on an uncertain date. */
    private void hatch(Shape s) throws IOException {
        cs.saveGraphicsState();
        rings(s.rings());
        cs.clip();
        float x0 = x(s.bounds().minX()), x1 = x(s.bounds().maxX());
        float y0 = y(s.bounds().maxY()), y1 = y(s.bounds().minY());
        float step = 2.6f * unit;
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(0.6f * unit);
        for (float d = x0 - (y1 - y0); d < x1; d += step) {
            cs.moveTo(d, y0);
            cs.lineTo(d + (y1 - y0), y1);
        }
        cs.stroke();
        cs.restoreGraphicsState();
    }

    /** The line's ends on the page, {x1, y1, x2, y2}, or null without a line. */
    private float[] qingdaEnds() {
        QingdaLine line = scene.data().qingdaLine();
        return line == null ? null : new float[] {x(WebMercator.x(line.start().lon())), y(WebMercator.y(line.start().lat())),
            x(WebMercator.x(line.end().lon())), y(WebMercator.y(line.end().lat()))};
    }

    private void qingdaLine() throws IOException {
        float[] ends = qingdaEnds();
        if (ends == null) {
            return;
        }
        float x1 = ends[0], y1 = ends[1], x2 = ends[2], y2 = ends[3];
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(3.2f * unit);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.setStrokingColor(PrintStyle.QINGDA);
        cs.setLineWidth(1.6f * unit);
        cs.setLineDashPattern(new float[] {7 * unit, 3.5f * unit}, 0);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
        cs.setLineDashPattern(new float[0], 0);
        for (float[] p : new float[][] {{x1, y1}, {x2, y2}}) {
            cs.setNonStrokingColor(Color.WHITE);
            circle(p[0], p[1], 3.6f * unit);
            cs.fill();
            cs.setStrokingColor(PrintStyle.QINGDA);
            cs.setLineWidth(1.2f * unit);
            circle(p[0], p[1], 3f * unit);
            cs.stroke();
            cs.setNonStrokingColor(PrintStyle.QINGDA);
            circle(p[0], p[1], 1f * unit);
            cs.fill();
        }
    }

    /** The line's name along it near its northern end, over the arcs, clear of the dashes. */
    private void qingdaName() throws IOException {
        float[] ends = qingdaEnds();
        if (ends == null) {
            return;
        }
        float x1 = ends[0], y1 = ends[1], x2 = ends[2], y2 = ends[3];
        String name = scene.data().qingdaLine().name().get(scene.language());
        float size = 8.5f * unit;
        double angle = Math.atan2(y2 - y1, x2 - x1);
        if (Math.cos(angle) < 0) {
            angle += Math.PI;
        }
        float tx = x1 + (x2 - x1) * 0.14f, ty = y1 + (y2 - y1) * 0.14f;
        cs.saveGraphicsState();
        cs.transform(new org.apache.pdfbox.util.Matrix((float) Math.cos(angle), (float) Math.sin(angle),
                (float) -Math.sin(angle), (float) Math.cos(angle), tx, ty));
        text.showWithHalo(cs, size, -text.width(size, name) / 2, 4.5f * unit, name, PrintStyle.QINGDA, Color.WHITE, 2.4f * unit);
        cs.restoreGraphicsState();
    }

    private void arcs() throws IOException {
        Dataset data = scene.data();
        Map<String, Integer> countOf = new HashMap<>();
        List<Pairing> onMap = new ArrayList<>();
        for (Pairing p : data.pairings()) {
            if (p.onMap() && scene.atlas().county(p.mountain()) != null && scene.atlas().county(p.partner()) != null) {
                onMap.add(p);
                countOf.merge(p.mountain(), 1, Integer::sum);
            }
        }
        boolean focused = !scene.selection().isEmpty();
        Map<String, Integer> indexOf = new HashMap<>();
        List<Runnable> strong = new ArrayList<>();
        for (Pairing p : onMap) {
            int index = indexOf.merge(p.mountain(), 1, Integer::sum) - 1;
            Presence at = year == null ? Presence.IN_FORCE : year.pairing(p);
            if (at == Presence.NOT_IN_FORCE) {
                continue;
            }
            boolean mine = scene.selection().contains(p.mountain()) || scene.selection().contains(p.partner());
            boolean kept = scene.shownPairings() == null || scene.shownPairings().contains(p.id());
            int count = countOf.get(p.mountain());
            if (mine) {
                strong.add(() -> arc(p, index, count, 1f, 2.6f * unit, at == Presence.UNCERTAIN));
            } else {
                float alpha = (focused ? 0.15f : 0.7f) * (kept ? 1 : 0.16f) * (at == Presence.UNCERTAIN ? 0.6f : 1);
                arc(p, index, count, alpha, 1.2f * unit, at == Presence.UNCERTAIN);
            }
        }
        for (Runnable r : strong) {
            r.run();
        }
        alpha(1);
    }

    /**
     * One pairing: a quadratic curve from the mountain county's label point to just short of the
     * partner's, in pieces shading from green to blue, a dot at the start and an arrowhead at the end.
     * Dotted where the date is uncertain in the scene's year, dashed when not confirmed as current.
     */
    private void arc(Pairing p, int index, int count, float alpha, float lineWidth, boolean uncertain) {
        try {
            Shape a = scene.atlas().county(p.mountain());
            Shape b = scene.atlas().county(p.partner());
            double x1 = x(a.labelX()), y1 = y(a.labelY()), x2 = x(b.labelX()), y2 = y(b.labelY());
            // page y points up, world y down: the same bend turns the other way, so flip it to match the screen
            double[] c = ArcGeometry.control(x1, y1, x2, y2, -ArcGeometry.fanBend(index, count));
            alpha(alpha);
            cs.setLineWidth(lineWidth);
            cs.setLineCapStyle(0);
            float[] dash = uncertain ? new float[] {lineWidth * 0.6f, lineWidth * 2f}
                    : p.status() != Pairing.Status.ACTIVE ? new float[] {lineWidth * 2.5f, lineWidth * 2f} : null;
            if (dash != null) {
                cs.setLineCapStyle(1);
            }
            double end = 0.93;
            float travelled = 0;
            for (int i = 0; i < ARC_PIECES; i++) {
                double t0 = end * i / ARC_PIECES, t1 = end * (i + 1) / ARC_PIECES;
                double[] p0 = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, t0);
                double[] p2 = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, t1);
                // the control point of the piece [t0, t1] of a quadratic curve (its blossom at t0, t1)
                double qx = (1 - t0) * (1 - t1) * x1 + ((1 - t0) * t1 + t0 * (1 - t1)) * c[0] + t0 * t1 * x2;
                double qy = (1 - t0) * (1 - t1) * y1 + ((1 - t0) * t1 + t0 * (1 - t1)) * c[1] + t0 * t1 * y2;
                cs.setStrokingColor(PrintStyle.blend(PrintStyle.ARC_MOUNTAIN, PrintStyle.ARC_SEA, (t0 + t1) / 2 / end));
                if (dash != null) {
                    cs.setLineDashPattern(dash, travelled);
                }
                cs.moveTo((float) p0[0], (float) p0[1]);
                cs.curveTo((float) (p0[0] + 2.0 / 3 * (qx - p0[0])), (float) (p0[1] + 2.0 / 3 * (qy - p0[1])),
                        (float) (p2[0] + 2.0 / 3 * (qx - p2[0])), (float) (p2[1] + 2.0 / 3 * (qy - p2[1])),
                        (float) p2[0], (float) p2[1]);
                cs.stroke();
                travelled += (float) Math.hypot(p2[0] - p0[0], p2[1] - p0[1]);
            }
            cs.setLineDashPattern(new float[0], 0);
            double[] tip = ArcGeometry.point(x1, y1, c[0], c[1], x2, y2, end);
            double[] tan = ArcGeometry.tangent(x1, y1, c[0], c[1], x2, y2, end);
            double size = 2.4 * unit + lineWidth * 1.5;
            cs.setNonStrokingColor(PrintStyle.ARC_SEA);
            cs.moveTo((float) (tip[0] + tan[0] * size), (float) (tip[1] + tan[1] * size));
            cs.lineTo((float) (tip[0] - tan[0] * size * 0.6 - tan[1] * size * 0.7), (float) (tip[1] - tan[1] * size * 0.6 + tan[0] * size * 0.7));
            cs.lineTo((float) (tip[0] - tan[0] * size * 0.6 + tan[1] * size * 0.7), (float) (tip[1] - tan[1] * size * 0.6 - tan[0] * size * 0.7));
            cs.closePath();
            cs.fill();
            cs.setNonStrokingColor(PrintStyle.ARC_MOUNTAIN);
            circle((float) x1, (float) y1, 0.8f * unit + lineWidth * 0.6f);
            cs.fill();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void enclaves() throws IOException {
        Map<String, Integer> slot = new HashMap<>();
        boolean focused = !scene.selection().isEmpty();
        for (Enclave e : scene.data().enclaves()) {
            Shape host = scene.atlas().county(e.host());
            if (host == null) {
                continue;
            }
            int n = slot.merge(e.host(), 1, Integer::sum) - 1;
            Presence at = year == null ? Presence.IN_FORCE : year.enclave(e);
            if (at == Presence.NOT_IN_FORCE) {
                continue;
            }
            boolean mine = scene.selection().contains(e.host()) || scene.selection().contains(e.beneficiary());
            alpha((!focused || mine ? 1 : 0.3f) * (at == Presence.UNCERTAIN ? 0.5f : 1));
            float mx = x(host.labelX()) + (n - 0.5f) * 6.5f * unit + 4 * unit;
            float my = y(host.labelY()) - 7.5f * unit;
            marker(cs, e.type(), mx, my, (mine ? 3.4f : 2.7f) * unit, unit);
        }
        alpha(1);
    }

    /** One enclave marker: a shape per type (square, diamond, circle, triangle), so type reads without colour. */
    static void marker(PDPageContentStream cs, org.mountainsseas.model.EnclaveType type, float x, float y, float r, float unit)
            throws IOException {
        cs.setNonStrokingColor(PrintStyle.ENCLAVE);
        cs.setStrokingColor(Color.WHITE);
        cs.setLineWidth(0.7f * unit);
        switch (type) {
            case INDUSTRIAL:
                cs.addRect(x - r * 0.85f, y - r * 0.85f, r * 1.7f, r * 1.7f);
                break;
            case SCI_TECH:
                cs.moveTo(x, y + r);
                cs.lineTo(x + r, y);
                cs.lineTo(x, y - r);
                cs.lineTo(x - r, y);
                cs.closePath();
                break;
            case COMMON_PROSPERITY:
                circle(cs, x, y, r);
                break;
            default:
                cs.moveTo(x, y + r);
                cs.lineTo(x + r, y - r * 0.8f);
                cs.lineTo(x - r, y - r * 0.8f);
                cs.closePath();
        }
        cs.fillAndStroke();
    }

    /** County names in the scene's language: the selection first, then mountain counties, partners, the rest by size; none overlap. */
    private void labels() throws IOException {
        Dataset data = scene.data();
        List<Shape> order = new ArrayList<>();
        scene.atlas().counties().forEach(order::add);
        order.sort(Comparator.comparingInt((Shape s) -> rank(s.id(), data)).thenComparing(Comparator.comparingDouble(Shape::area).reversed()));
        List<LabelPlacer.Candidate> candidates = new ArrayList<>();
        Map<String, Float> sizes = new HashMap<>();
        for (Shape s : order) {
            var county = data.county(s.id());
            if (county == null || !labelAll && !scene.highlighted().contains(s.id())) {
                continue;
            }
            String name = county.name().get(scene.language());
            // a locator names only a few counties, so it can afford larger names
            float size = (rank(s.id(), data) <= 2 ? 6.2f : 5.2f) * unit * (labelAll ? 1 : 1.5f);
            float lx = x(s.labelX()), ly = y(s.labelY());
            if (lx < left || lx > left + width || ly < bottom || ly > bottom + height) {
                continue;
            }
            sizes.put(s.id(), size);
            candidates.add(new LabelPlacer.Candidate(s.id(), lx, ly, text.width(size, name), size));
        }
        for (LabelPlacer.Candidate c : LabelPlacer.place(candidates, 0.8 * unit)) {
            String name = data.county(c.id()).name().get(scene.language());
            float size = sizes.get(c.id());
            boolean faded = !scene.highlighted().isEmpty() && !scene.highlighted().contains(c.id());
            text.showWithHalo(cs, size, (float) (c.x() - c.width() / 2), (float) (c.y() - size * 0.35), name,
                    faded ? PrintStyle.GREY_TEXT : PrintStyle.LABEL, Color.WHITE, 1.6f * unit);
        }
    }

    private int rank(String adcode, Dataset data) {
        if (scene.selection().contains(adcode)) {
            return 0;
        }
        if (scene.highlighted().contains(adcode)) {
            return 1;
        }
        CountyClass c = year == null ? data.classOf(adcode) : year.classOf(adcode);
        return c == CountyClass.MOUNTAIN ? 2 : c == CountyClass.PARTNER ? 3 : 4;
    }

    private void alpha(float a) throws IOException {
        PDExtendedGraphicsState gs = alphas.computeIfAbsent(a, k -> {
            PDExtendedGraphicsState s = new PDExtendedGraphicsState();
            s.setStrokingAlphaConstant(k);
            s.setNonStrokingAlphaConstant(k);
            return s;
        });
        cs.setGraphicsStateParameters(gs);
    }

    private void rings(List<double[]> rings) throws IOException {
        for (double[] ring : rings) {
            cs.moveTo(x(ring[0]), y(ring[1]));
            for (int i = 2; i < ring.length; i += 2) {
                cs.lineTo(x(ring[i]), y(ring[i + 1]));
            }
            cs.closePath();
        }
    }

    private void line(double[] points) throws IOException {
        cs.moveTo(x(points[0]), y(points[1]));
        for (int i = 2; i < points.length; i += 2) {
            cs.lineTo(x(points[i]), y(points[i + 1]));
        }
    }

    private void circle(float cx, float cy, float r) throws IOException {
        circle(cs, cx, cy, r);
    }

    /** A circle of four Bézier arcs. */
    static void circle(PDPageContentStream cs, float cx, float cy, float r) throws IOException {
        float k = 0.5523f * r;
        cs.moveTo(cx + r, cy);
        cs.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        cs.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        cs.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        cs.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
        cs.closePath();
    }

    /** Whether any county of the scene is dimmed (a selection or a filter is in force). */
    boolean dims() {
        return !scene.highlighted().isEmpty() || scene.lit() != null;
    }

    /** The set of counties the scene highlights. */
    Set<String> highlighted() {
        return scene.highlighted();
    }
}
