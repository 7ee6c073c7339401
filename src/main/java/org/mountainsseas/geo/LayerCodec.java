package org.mountainsseas.geo;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.locationtech.jts.geom.Coordinate;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;

/**
 * The start-up's derived layers as bytes, and back: the projected, oriented and validated shapes of
 * the county and context layers, the label points worked out, the county border network (each line
 * with its kind and span), and (when known) the sides of the Qingda Line and the prefecture
 * outlines with the inputs they were derived from. The zoom bands worked out ({@link DetailBands}:
 * each band's shapes and border network) are bytes of their own ({@link #encodeBands}), read after
 * the first frame rather than before it. Decoding gives back the very arrays that were encoded (doubles bit for bit), so an
 * atlas read back draws, picks and labels exactly as the one built from GeoJSON.
 * <p>
 * Decoding trusts nothing: every count is bounded by the bytes left, every number must be finite,
 * every ring closed, every polygon's rings accounted for; anything else is {@link Unreadable}, never a hang, a huge allocation or a
 * runtime exception.
 */
public final class LayerCodec {
    /** The format of the bytes; a change of what is kept or how is a new version. */
    public static final int VERSION = 4;
    /** Longest text kept, in UTF-8 bytes: an id, or a problem's message ({@link LoadProblem} cuts those to 400 characters). */
    private static final int MAX_TEXT = 4096;
    /** No county layer has more parts; bounds a hostile count before anything is allocated. */
    private static final int MAX_PARTS = 1 << 20;
    private static final byte BAND_ABSENT = 0, BAND_FULL = 1, BAND_OWN = 2;

    /** Marks a band the atlas's own shapes serve, while decoding (before there is an atlas). */
    private static final Detail FULL = new Detail(0, List.of(), List.of());

    private LayerCodec() {
    }

    /**
     * The sides of the Qingda Line and the outlines of each group of counties, and what they were
     * derived from: the counties the facts know ({@code known}, in the facts' order), the line's
     * endpoints ({@code lineEnds}: start lat, lon, end lat, lon; null without a line) and each known
     * county's group ({@code groupOf}). Reused only when all three are the same again.
     */
    public record Derived(List<String> known, double[] lineEnds, Map<String, String> groupOf,
                          Map<String, LineSide> sides, Map<String, List<double[]>> outlines) {

        /** Whether these were derived from exactly these inputs. */
        public boolean madeFrom(List<String> known, double[] lineEnds, Map<String, String> groupOf) {
            return this.known.equals(known) && Arrays.equals(this.lineEnds, lineEnds) && this.groupOf.equals(groupOf);
        }
    }

    /** What the bytes held: the atlas, the problems reading its layers found (bad features left out), and the derived layers or null. */
    public record Layers(Atlas atlas, List<LoadProblem> problems, Derived derived) {
    }

    /** Bytes that are not layers this version wrote; the message says what was wrong. */
    public static final class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;

        Unreadable(String message) {
            super(message);
        }
    }

    // Encoding

    /** The atlas's shapes, computed label points and border network, its layers' problems, and {@code derived} (may be null). */
    public static byte[] encode(Atlas atlas, List<LoadProblem> problems, Derived derived) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Shape> counties = new ArrayList<>();
            atlas.counties().forEach(counties::add);
            shapes(out, counties);
            shapes(out, atlas.context());
            arrays(out, atlas.contextLines());
            out.writeBoolean(atlas.hasCountyBorders());
            if (atlas.hasCountyBorders()) {
                lines(out, atlas.countyBorders());
            }
            out.writeInt(problems.size());
            for (LoadProblem p : problems) {
                text(out, p.file());
                text(out, p.item());
                text(out, p.field());
                text(out, p.message());
                text(out, p.forPeople() == null ? null : p.forPeople().zh());
                text(out, p.forPeople() == null ? null : p.forPeople().en());
            }
            out.writeBoolean(derived != null);
            if (derived != null) {
                derived(out, derived);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void shapes(DataOutputStream out, List<Shape> shapes) throws IOException {
        out.writeInt(shapes.size());
        for (Shape s : shapes) {
            string(out, s.id());
            int[] perPolygon = s.ringsPerPolygon();
            out.writeInt(perPolygon.length);
            for (int n : perPolygon) {
                out.writeInt(n);
            }
            arrays(out, s.rings());
            Coordinate label = s.knownLabel();
            out.writeBoolean(label != null);
            if (label != null) {
                out.writeDouble(label.x);
                out.writeDouble(label.y);
            }
        }
    }

    /**
     * The atlas's zoom bands known so far: each absent (not worked out), served by the atlas's own
     * shapes, or its shapes (in the atlas's order, without ids) and borders.
     */
    public static byte[] encodeBands(Atlas atlas) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            bands(out, atlas.bands());
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return bytes.toByteArray();
    }

    private static void bands(DataOutputStream out, DetailBands bands) throws IOException {
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            Detail d = bands.known(k);
            out.writeByte(d == null ? BAND_ABSENT : d.tolerance() == 0 ? BAND_FULL : BAND_OWN);
            if (d != null && d.tolerance() > 0) {
                out.writeInt(d.counties().size());
                for (Shape s : d.counties()) {
                    int[] perPolygon = s.ringsPerPolygon();
                    out.writeInt(perPolygon.length);
                    for (int n : perPolygon) {
                        out.writeInt(n);
                    }
                    arrays(out, s.rings());
                }
                lines(out, d.borders());
            }
        }
    }

    private static void lines(DataOutputStream out, List<BorderNetwork.Line> lines) throws IOException {
        out.writeInt(lines.size());
        for (BorderNetwork.Line line : lines) {
            doubles(out, line.points());
            out.writeByte(line.kind().ordinal());
            out.writeDouble(line.span());
        }
    }

    private static void derived(DataOutputStream out, Derived d) throws IOException {
        out.writeInt(d.known().size());
        for (String adcode : d.known()) {
            string(out, adcode);
            String group = d.groupOf().get(adcode);
            out.writeBoolean(group != null);
            if (group != null) {
                string(out, group);
            }
        }
        out.writeBoolean(d.lineEnds() != null);
        if (d.lineEnds() != null) {
            doubles(out, d.lineEnds());
        }
        out.writeInt(d.sides().size());
        for (var e : d.sides().entrySet()) {
            string(out, e.getKey());
            out.writeByte(e.getValue().side().ordinal());
            out.writeDouble(e.getValue().southWestShare());
        }
        out.writeInt(d.outlines().size());
        for (var e : d.outlines().entrySet()) {
            string(out, e.getKey());
            arrays(out, e.getValue());
        }
    }

    private static void arrays(DataOutputStream out, List<double[]> arrays) throws IOException {
        out.writeInt(arrays.size());
        for (double[] a : arrays) {
            doubles(out, a);
        }
    }

    private static void doubles(DataOutputStream out, double[] a) throws IOException {
        out.writeInt(a.length);
        ByteBuffer b = ByteBuffer.allocate(a.length * Double.BYTES);
        b.asDoubleBuffer().put(a);
        out.write(b.array());
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        out.writeBoolean(s != null);
        if (s != null) {
            string(out, s);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    // Decoding

    /** The layers in {@code bytes}, or {@link Unreadable} saying why not. */
    public static Layers decode(byte[] bytes) throws Unreadable {
        return decode(ByteBuffer.wrap(bytes));
    }

    /** The layers in the buffer's remaining bytes, or {@link Unreadable} saying why not. */
    public static Layers decode(ByteBuffer in) throws Unreadable {
        try {
            List<Shape> counties = shapes(in);
            List<Shape> context = shapes(in);
            List<double[]> contextLines = arrays(in, 2);
            List<BorderNetwork.Line> borders = null;
            if (bool(in)) {
                borders = lines(in);
            }
            int problemCount = count(in, MAX_PARTS, 6);
            List<LoadProblem> problems = new ArrayList<>(problemCount);
            for (int i = 0; i < problemCount; i++) {
                String file = text(in), item = text(in), field = text(in), message = text(in), zh = text(in), en = text(in);
                problems.add(new LoadProblem(file, item, field, message, zh == null || en == null ? null : new Text(zh, en)));
            }
            Derived derived = bool(in) ? derived(in) : null;
            if (in.hasRemaining()) {
                throw new Unreadable(in.remaining() + " bytes after the layers");
            }
            Atlas atlas = Atlas.restore(counties, context, contextLines, borders);
            return new Layers(atlas, List.copyOf(problems), derived);
        } catch (BufferUnderflowException e) {
            throw new Unreadable("the layers end early");
        } catch (IllegalArgumentException e) {
            // JTS refuses a ring that is not closed or too short; the atlas refuses a county twice
            throw new Unreadable("a shape is not valid (" + e.getMessage() + ")");
        }
    }

    private static List<Shape> shapes(ByteBuffer in) throws Unreadable {
        int n = count(in, MAX_PARTS, 4);
        List<Shape> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String id = string(in);
            int polygons = count(in, MAX_PARTS, 4);
            int[] perPolygon = new int[polygons];
            for (int p = 0; p < polygons; p++) {
                perPolygon[p] = count(in, MAX_PARTS, 0);
            }
            List<double[]> rings = arrays(in, 8);
            Coordinate label = bool(in) ? new Coordinate(finite(in.getDouble()), finite(in.getDouble())) : null;
            out.add(Atlas.restoreShape(id, rings, perPolygon, label));
        }
        return out;
    }

    /**
     * Gives {@code atlas} the zoom bands these bytes ({@link #encodeBands}) hold, all or none: the
     * bytes must be bands of exactly this atlas's counties, else {@link Unreadable}.
     */
    public static void decodeBands(ByteBuffer in, Atlas atlas) throws Unreadable {
        List<Shape> counties = new ArrayList<>();
        atlas.counties().forEach(counties::add);
        Detail[] bands;
        try {
            bands = bands(in, counties);
            if (in.hasRemaining()) {
                throw new Unreadable(in.remaining() + " bytes after the bands");
            }
        } catch (BufferUnderflowException e) {
            throw new Unreadable("the bands end early");
        } catch (IllegalArgumentException e) {
            throw new Unreadable("a band's shape is not valid (" + e.getMessage() + ")");
        }
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            if (bands[k] != null) {
                atlas.bands().restore(k, bands[k] == FULL ? null : bands[k]);
            }
        }
    }

    /** The bands kept, by band number: null where absent, {@link #FULL} where the atlas's own shapes serve. */
    private static Detail[] bands(ByteBuffer in, List<Shape> counties) throws Unreadable {
        Detail[] out = new Detail[DetailBands.FINEST + 1];
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            byte state = in.get();
            if (state == BAND_FULL) {
                out[k] = FULL;
            } else if (state == BAND_OWN) {
                int n = count(in, MAX_PARTS, 8);
                if (n != counties.size()) {
                    throw new Unreadable("band " + k + " has " + n + " counties for " + counties.size());
                }
                List<Shape> shapes = new ArrayList<>(n);
                for (int i = 0; i < n; i++) {
                    int polygons = count(in, MAX_PARTS, 4);
                    int[] perPolygon = new int[polygons];
                    for (int p = 0; p < polygons; p++) {
                        perPolygon[p] = count(in, MAX_PARTS, 0);
                    }
                    shapes.add(Atlas.restoreShape(counties.get(i).id(), arrays(in, 8), perPolygon, null));
                }
                out[k] = new Detail(DetailBands.tolerance(k), shapes, lines(in));
            } else if (state != BAND_ABSENT) {
                throw new Unreadable("band " + k + " in an unknown state " + state);
            }
        }
        return out;
    }

    private static List<BorderNetwork.Line> lines(ByteBuffer in) throws Unreadable {
        int n = count(in, MAX_PARTS, 4 + 1 + Double.BYTES);
        List<BorderNetwork.Line> out = new ArrayList<>(n);
        BorderNetwork.Kind[] kinds = BorderNetwork.Kind.values();
        for (int i = 0; i < n; i++) {
            double[] points = doubles(in, 4);
            int kind = in.get();
            double span = finite(in.getDouble());
            if (kind < 0 || kind >= kinds.length || span < 0) {
                throw new Unreadable("a border of kind " + kind + " and span " + span);
            }
            out.add(BorderNetwork.line(points, kinds[kind], span));
        }
        return out;
    }

    private static Derived derived(ByteBuffer in) throws Unreadable {
        int n = count(in, MAX_PARTS, 5);
        List<String> known = new ArrayList<>(n);
        Map<String, String> groupOf = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            String adcode = string(in);
            known.add(adcode);
            if (bool(in)) {
                groupOf.put(adcode, string(in));
            }
        }
        double[] lineEnds = null;
        if (bool(in)) {
            lineEnds = doubles(in, 4);
            if (lineEnds.length != 4) {
                throw new Unreadable("the line's ends are not two points");
            }
        }
        int sideCount = count(in, MAX_PARTS, 13);
        Map<String, LineSide> sides = new LinkedHashMap<>();
        for (int i = 0; i < sideCount; i++) {
            String adcode = string(in);
            int side = in.get();
            double share = finite(in.getDouble());
            if (side < 0 || side >= LineSide.Side.values().length) {
                throw new Unreadable("an unknown side " + side);
            }
            sides.put(adcode, new LineSide(LineSide.Side.values()[side], share));
        }
        int groups = count(in, MAX_PARTS, 8);
        Map<String, List<double[]>> outlines = new LinkedHashMap<>();
        for (int i = 0; i < groups; i++) {
            outlines.put(string(in), arrays(in, 8));
        }
        return new Derived(List.copyOf(known), lineEnds, groupOf, sides, outlines);
    }

    private static List<double[]> arrays(ByteBuffer in, int minLength) throws Unreadable {
        int n = count(in, MAX_PARTS, 4);
        List<double[]> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(doubles(in, minLength));
        }
        return out;
    }

    /** A flat coordinate array of at least {@code minLength} finite numbers, an even count. */
    private static double[] doubles(ByteBuffer in, int minLength) throws Unreadable {
        int n = count(in, Integer.MAX_VALUE / Double.BYTES, Double.BYTES);
        if (n < minLength || n % 2 != 0) {
            throw new Unreadable("an array of " + n + " numbers where an even count of at least " + minLength + " belongs");
        }
        double[] a = new double[n];
        in.asDoubleBuffer().get(a);
        in.position(in.position() + n * Double.BYTES);
        for (double d : a) {
            finite(d);
        }
        return a;
    }

    /** A count of items of at least {@code minBytes} each: never more than the bytes left could hold. */
    private static int count(ByteBuffer in, int max, int minBytes) throws Unreadable {
        int n = in.getInt();
        if (n < 0 || n > max || (long) n * minBytes > in.remaining()) {
            throw new Unreadable("a count of " + n + " with " + in.remaining() + " bytes left");
        }
        return n;
    }

    private static String text(ByteBuffer in) throws Unreadable {
        return bool(in) ? string(in) : null;
    }

    private static String string(ByteBuffer in) throws Unreadable {
        int n = count(in, MAX_TEXT, 1);
        String s = new String(bytes(in, n), StandardCharsets.UTF_8);
        return Objects.requireNonNull(s);
    }

    private static byte[] bytes(ByteBuffer in, int n) {
        byte[] b = new byte[n];
        in.get(b);
        return b;
    }

    private static boolean bool(ByteBuffer in) throws Unreadable {
        byte b = in.get();
        if (b != 0 && b != 1) {
            throw new Unreadable("a flag of " + b);
        }
        return b == 1;
    }

    private static double finite(double d) throws Unreadable {
        if (!Double.isFinite(d)) {
            throw new Unreadable("a number that is not finite");
        }
        return d;
    }
}
