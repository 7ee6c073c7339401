package org.mountainsseas.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.GeoJsonReader;
import org.mountainsseas.model.LineSide;
import org.mountainsseas.model.LoadProblem;
import org.mountainsseas.model.Text;
import org.mountainsseas.testing.SameLayers;

/** The derived layers come back from their bytes to the bit, and bytes that are not such layers are refused, never trusted. */
class LayerCodecTest {
    private static Atlas atlas;
    private static LayerCodec.Derived derived;
    private static final List<LoadProblem> PROBLEMS = List.of(new LoadProblem("geo/x.geojson", "330101", "geometry", "a ring is not closed"),
            new LoadProblem("f", null, null, "m", new Text("中文", "English")));

    @BeforeAll
    static void build() {
        atlas = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(),
                GeoJsonReader.readNeighbours(DataLocation.bundled()).value());
        List<String> known = new ArrayList<>();
        atlas.counties().forEach(s -> known.add(s.id()));
        atlas.prepareLabels(known.subList(0, 50));
        atlas.countyBorders();
        // the zoom bands are bytes of their own: worked out here so that their bytes hold every band
        atlas.bands().prepare();
        Map<String, String> groupOf = new HashMap<>();
        known.forEach(k -> groupOf.put(k, k.substring(0, 4) + "00"));
        double[] ends = {30.3, 118.9, 27.7, 121.0};
        derived = new LayerCodec.Derived(known, ends, groupOf, new QingdaSides(ends[0], ends[1], ends[2], ends[3]).sidesOf(atlas, known),
                atlas.groupOutlines(groupOf));
    }

    @Test
    void theLayersComeBackToTheBit() throws Exception {
        LayerCodec.Layers back = LayerCodec.decode(LayerCodec.encode(atlas, PROBLEMS, derived));
        SameLayers.assertSameAtlas(atlas, back.atlas());
        assertEquals(PROBLEMS, back.problems());
        assertEquals(derived.sides(), back.derived().sides());
        assertEquals(new ArrayList<>(derived.sides().keySet()), new ArrayList<>(back.derived().sides().keySet()), "sides in order");
        SameLayers.assertSameOutlines(derived.outlines(), back.derived().outlines());
        assertEquals(true, back.derived().madeFrom(derived.known(), derived.lineEnds(), derived.groupOf()));
        assertEquals(false, back.derived().madeFrom(derived.known(), new double[] {30.3, 118.9, 27.7, 121.1}, derived.groupOf()));
    }

    @Test
    void theZoomBandsComeBackToTheBitAndServeAtOnce() throws Exception {
        Atlas back = LayerCodec.decode(LayerCodec.encode(atlas, List.of(), null)).atlas();
        assertFalse(back.bands().complete(), "the layers' bytes hold no band: the bands' own bytes are read after the first frame");
        LayerCodec.decodeBands(ByteBuffer.wrap(LayerCodec.encodeBands(atlas)), back);
        assertTrue(back.bands().complete(), "every band is read back, none is worked out again");
        SameLayers.assertSameBands(atlas, back);
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            Detail d = back.detail(Math.pow(2, k) * 0.9, () -> { });
            assertSame(back.bands().band(k), d, "band " + k + " serves its scales at once");
            assertTrue(d.tolerance() > 0, "band " + k + " is simplified");
        }
        assertFalse(back.detailPending());
    }

    @Test
    void bandsNotWorkedOutAreNotKeptAndABandTheFullShapesServeIsKeptSo() throws Exception {
        Atlas none = Atlas.build(GeoJsonReader.readCounties(DataLocation.bundled()).value(), List.of());
        Atlas back = LayerCodec.decode(LayerCodec.encode(none, List.of(), null)).atlas();
        LayerCodec.decodeBands(ByteBuffer.wrap(LayerCodec.encodeBands(none)), back);
        assertFalse(back.bands().complete(), "no band was worked out, none is kept");
        // a layer of one square: simplifying keeps every vertex, so the full shapes serve every band
        double[] ring = {120, 30, 120.5, 30, 120.5, 30.5, 120, 30.5, 120, 30};
        Atlas square = Atlas.build(List.of(new org.mountainsseas.model.Boundary("330101", new Text("甲", "A"),
                org.mountainsseas.model.Boundary.Kind.COUNTY, List.of(List.of(ring)), List.of())), List.of());
        square.bands().prepare();
        Atlas squareBack = LayerCodec.decode(LayerCodec.encode(square, List.of(), null)).atlas();
        LayerCodec.decodeBands(ByteBuffer.wrap(LayerCodec.encodeBands(square)), squareBack);
        assertTrue(squareBack.bands().complete());
        assertSame(squareBack.fullDetail(), squareBack.detail(Math.pow(2, 4), () -> { }), "the full shapes serve");
    }

    @Test
    void theLabelPointsWorkedOutAreKeptAndNoOthers() throws Exception {
        Atlas back = LayerCodec.decode(LayerCodec.encode(atlas, List.of(), null)).atlas();
        int kept = 0;
        for (Shape s : back.counties()) {
            if (s.knownLabel() != null) {
                kept++;
                assertEquals(atlas.county(s.id()).knownLabel(), s.knownLabel());
            }
        }
        assertEquals(50, kept);
        assertEquals(true, back.hasCountyBorders(), "the border network is kept, not worked out again");
    }

    @Test
    void everyCutAndManyDamagedCopiesAreRefusedQuickly() {
        byte[] whole = LayerCodec.encode(atlas, PROBLEMS, derived);
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int cut = 0; cut < whole.length; cut += 1 + cut / 8) {
                byte[] part = java.util.Arrays.copyOf(whole, cut);
                assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decode(part), "cut at " + cut);
            }
            Random random = new Random(21);
            for (int i = 0; i < 300; i++) {
                byte[] damaged = whole.clone();
                for (int j = 0; j < 1 + random.nextInt(4); j++) {
                    damaged[random.nextInt(damaged.length)] = (byte) random.nextInt(256);
                }
                try {
                    assertNotNull(LayerCodec.decode(damaged));
                } catch (LayerCodec.Unreadable e) {
                    // refused: as it should be when the damage shows
                }
            }
        });
    }

    @Test
    void cutOrForeignBandsAreRefusedAndGiveNoBandAtAll() throws Exception {
        byte[] whole = LayerCodec.encodeBands(atlas);
        Atlas back = LayerCodec.decode(LayerCodec.encode(atlas, List.of(), null)).atlas();
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
            for (int cut = 0; cut < whole.length; cut += 1 + cut / 4) {
                ByteBuffer part = ByteBuffer.wrap(java.util.Arrays.copyOf(whole, cut));
                assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decodeBands(part, back), "cut at " + cut);
            }
        });
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            assertNull(back.bands().known(k), "all or none: no band " + k + " from a cut copy");
        }
        // the bands of another layer (four squares) do not fit this one's 90 counties
        Atlas other = Atlas.build(GeoJsonReader.readCounties(org.mountainsseas.testing.Fixtures.tiny()).value(), List.of());
        other.bands().prepare();
        assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decodeBands(ByteBuffer.wrap(LayerCodec.encodeBands(atlas)), other));
    }

    @Test
    void hostileCountsAreRefusedBeforeAnythingIsAllocated() {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.putInt(Integer.MAX_VALUE);
        assertEquals("a count of 2147483647 with 60 bytes left", assertThrows(LayerCodec.Unreadable.class,
                () -> LayerCodec.decode(b.array())).getMessage());
        ByteBuffer ring = ByteBuffer.allocate(64);
        ring.putInt(1).putInt(1).put((byte) 'a').putInt(1).putInt(1).putInt(1).putInt(100_000_000);
        assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decode(ring.array()));
        ByteBuffer nan = ByteBuffer.allocate(200);
        nan.putInt(1).putInt(1).put((byte) 'a').putInt(1).putInt(1).putInt(1).putInt(8);
        for (int i = 0; i < 8; i++) {
            nan.putDouble(i == 3 ? Double.NaN : 1);
        }
        assertEquals("a number that is not finite", assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decode(nan.array())).getMessage());
    }

    @Test
    void aRingThatIsNotClosedIsRefused() {
        ByteBuffer b = ByteBuffer.allocate(200);
        b.putInt(1).putInt(1).put((byte) 'a').putInt(1).putInt(1).putInt(1).putInt(8);
        double[] open = {0, 0, 1, 0, 1, 1, 0, 2};
        for (double d : open) {
            b.putDouble(d);
        }
        assertThrows(LayerCodec.Unreadable.class, () -> LayerCodec.decode(java.util.Arrays.copyOf(b.array(), b.position())));
    }

    @Test
    void aShapeReadBackBuildsItsGeometryOnlyWhenAskedAndItIsTheSame() throws Exception {
        Atlas back = LayerCodec.decode(LayerCodec.encode(atlas, List.of(), null)).atlas();
        Shape longquan = back.county("331181");
        Shape original = atlas.county("331181");
        assertEquals(original.bounds(), longquan.bounds(), "bounds from the rings, before any geometry");
        assertEquals(original.geometry().getEnvelopeInternal(), longquan.geometry().getEnvelopeInternal());
        assertEquals(true, original.geometry().equalsExact(longquan.geometry()));
        assertEquals(original.area(), longquan.area());
        assertEquals(original.contains(original.labelX(), original.labelY()), longquan.contains(original.labelX(), original.labelY()));
    }

    @Test
    void sidesSurviveAsTheyWere() throws Exception {
        Map<String, LineSide> sides = LayerCodec.decode(LayerCodec.encode(atlas, List.of(), derived)).derived().sides();
        assertEquals(derived.sides(), sides);
    }
}
