package org.mountainsseas.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mountainsseas.geo.Atlas;
import org.mountainsseas.geo.BorderNetwork;
import org.mountainsseas.geo.Detail;
import org.mountainsseas.geo.DetailBands;
import org.mountainsseas.geo.Shape;

/** Asserts that two atlases (or derived layers) are the same to the bit: what one draws, picks and labels, the other does. */
public final class SameLayers {
    private SameLayers() {
    }

    public static void assertSameAtlas(Atlas expected, Atlas actual) {
        List<Shape> a = shapes(expected.counties());
        List<Shape> b = shapes(actual.counties());
        assertEquals(a.size(), b.size(), "county count");
        for (int i = 0; i < a.size(); i++) {
            assertSameShape(a.get(i), b.get(i), true);
        }
        assertEquals(expected.context().size(), actual.context().size(), "context shapes");
        for (int i = 0; i < expected.context().size(); i++) {
            assertSameShape(expected.context().get(i), actual.context().get(i), false);
        }
        assertSameArrays(expected.contextLines(), actual.contextLines(), "context lines");
        List<BorderNetwork.Line> ea = expected.countyBorders();
        List<BorderNetwork.Line> eb = actual.countyBorders();
        assertEquals(ea.size(), eb.size(), "border lines");
        for (int i = 0; i < ea.size(); i++) {
            assertArrayEquals(ea.get(i).points(), eb.get(i).points(), "border line " + i);
            assertEquals(ea.get(i).bounds(), eb.get(i).bounds(), "border line " + i + " bounds");
            assertEquals(ea.get(i).kind(), eb.get(i).kind(), "border line " + i + " kind");
            assertEquals(ea.get(i).span(), eb.get(i).span(), "border line " + i + " span");
        }
        assertEquals(expected.bounds(), actual.bounds(), "bounds");
        var box = expected.bounds();
        for (int i = 0; i <= 40; i++) {
            for (int j = 0; j <= 40; j++) {
                double x = box.minX() + (box.maxX() - box.minX()) * i / 40, y = box.minY() + (box.maxY() - box.minY()) * j / 40;
                assertEquals(expected.pick(x, y), actual.pick(x, y), "pick at " + x + ", " + y);
            }
        }
    }

    /** Every zoom band of the two atlases the same to the bit: shapes, polygon structure and border network (bands not known are worked out). */
    public static void assertSameBands(Atlas expected, Atlas actual) {
        for (int k = DetailBands.COARSEST; k <= DetailBands.FINEST; k++) {
            Detail a = expected.bands().band(k), b = actual.bands().band(k);
            assertEquals(a.tolerance(), b.tolerance(), "band " + k + " tolerance");
            assertEquals(a.counties().size(), b.counties().size(), "band " + k + " counties");
            for (int i = 0; i < a.counties().size(); i++) {
                Shape sa = a.counties().get(i), sb = b.counties().get(i);
                assertEquals(sa.id(), sb.id(), "band " + k);
                assertSameArrays(sa.rings(), sb.rings(), "band " + k + " " + sa.id());
                // a band worked out keeps the simplifier's geometry, one read back builds it from the oriented rings
                assertTrue(sa.geometry().norm().equalsExact(sb.geometry().norm()), "band " + k + " " + sa.id() + " geometry");
            }
            assertEquals(a.borders().size(), b.borders().size(), "band " + k + " border lines");
            for (int i = 0; i < a.borders().size(); i++) {
                assertArrayEquals(a.borders().get(i).points(), b.borders().get(i).points(), "band " + k + " border line " + i);
                assertEquals(a.borders().get(i).kind(), b.borders().get(i).kind(), "band " + k + " border line " + i + " kind");
                assertEquals(a.borders().get(i).span(), b.borders().get(i).span(), "band " + k + " border line " + i + " span");
            }
        }
    }

    public static void assertSameShape(Shape a, Shape b, boolean labelled) {
        assertEquals(a.id(), b.id());
        assertSameArrays(a.rings(), b.rings(), a.id());
        assertTrue(a.geometry().equalsExact(b.geometry()), a.id() + " geometry");
        assertEquals(a.geometry().getGeometryType(), b.geometry().getGeometryType(), a.id());
        assertEquals(a.bounds(), b.bounds(), a.id() + " bounds");
        if (labelled) {
            assertEquals(Double.doubleToLongBits(a.labelX()), Double.doubleToLongBits(b.labelX()), a.id() + " label x");
            assertEquals(Double.doubleToLongBits(a.labelY()), Double.doubleToLongBits(b.labelY()), a.id() + " label y");
        }
    }

    public static void assertSameOutlines(Map<String, List<double[]>> a, Map<String, List<double[]>> b) {
        assertEquals(new ArrayList<>(a.keySet()), new ArrayList<>(b.keySet()), "groups in order");
        a.forEach((k, v) -> assertSameArrays(v, b.get(k), "outline of " + k));
    }

    public static void assertSameArrays(List<double[]> a, List<double[]> b, String what) {
        assertEquals(a.size(), b.size(), what + ": array count");
        for (int i = 0; i < a.size(); i++) {
            // Arrays.equals on doubles compares bit patterns
            assertArrayEquals(a.get(i), b.get(i), what + " array " + i);
        }
    }

    private static List<Shape> shapes(Iterable<Shape> it) {
        List<Shape> out = new ArrayList<>();
        it.forEach(out::add);
        return out;
    }
}
