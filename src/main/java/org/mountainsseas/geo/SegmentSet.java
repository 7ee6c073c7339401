package org.mountainsseas.geo;

import java.util.ArrayList;
import java.util.List;

/**
 * A set of line segments of flat {@code [x0, y0, x1, y1, …]} arrays, each stored as one long (which
 * array, which position) in an open-addressing table: {@link BorderNetwork} adds every ring segment
 * of a layer once, 425 k of them China-wide, and a hash set of segment objects spent most of its
 * time allocating and hashing them. A segment is the same either way round, and equal when its
 * ends' coordinates are equal bit for bit.
 */
final class SegmentSet {
    private final List<double[]> arrays = new ArrayList<>();
    private double[] current;
    /** Empty slots are 0; a full one holds (array number « 32 | position) + 1. */
    private long[] slots;
    private int mask;
    private int size;

    /** A set sized for about {@code expected} segments without growing. */
    SegmentSet(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, (int) Math.min(1 << 29, expected * 2L)) - 1) << 1;
        slots = new long[capacity];
        mask = capacity - 1;
    }

    /**
     * Adds the segment from position {@code i} to {@code i + 2} of {@code a} (x at even indices);
     * whether it was not there before. Arrays are kept by identity: pass each one whole, in turn.
     */
    boolean add(double[] a, int i) {
        return addOrFind(a, i) < 0;
    }

    /**
     * As {@link #add}, but says where the segment was first added: -1 if it was not there before (it
     * is now), else (array number « 32 | position), arrays numbered in the order they were first passed.
     */
    long addOrFind(double[] a, int i) {
        if (a != current) {
            arrays.add(a);
            current = a;
        }
        if (size * 2 >= slots.length) {
            grow();
        }
        long key = ((long) (arrays.size() - 1) << 32 | i) + 1;
        int s = hash(a, i) & mask;
        while (slots[s] != 0) {
            long other = slots[s] - 1;
            if (same(a, i, arrays.get((int) (other >>> 32)), (int) other)) {
                return other;
            }
            s = (s + 1) & mask;
        }
        slots[s] = key;
        size++;
        return -1;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] old = slots;
        slots = new long[old.length * 2];
        mask = slots.length - 1;
        for (long key : old) {
            if (key != 0) {
                long k = key - 1;
                int s = hash(arrays.get((int) (k >>> 32)), (int) k) & mask;
                while (slots[s] != 0) {
                    s = (s + 1) & mask;
                }
                slots[s] = key;
            }
        }
    }

    /** Whether the end at {@code i} comes first: the lower x, then the lower y. */
    private static boolean forward(double[] a, int i) {
        return a[i] < a[i + 2] || a[i] == a[i + 2] && a[i + 1] <= a[i + 3];
    }

    private static boolean same(double[] a, int i, double[] b, int j) {
        int a0 = forward(a, i) ? i : i + 2, a1 = a0 == i ? i + 2 : i;
        int b0 = forward(b, j) ? j : j + 2, b1 = b0 == j ? j + 2 : j;
        return bits(a[a0]) == bits(b[b0]) && bits(a[a0 + 1]) == bits(b[b0 + 1])
                && bits(a[a1]) == bits(b[b1]) && bits(a[a1 + 1]) == bits(b[b1 + 1]);
    }

    private static long bits(double d) {
        return Double.doubleToLongBits(d);
    }

    private static int hash(double[] a, int i) {
        int first = forward(a, i) ? i : i + 2, second = first == i ? i + 2 : i;
        long h = bits(a[first]);
        h = h * 0x9E3779B97F4A7C15L + bits(a[first + 1]);
        h = h * 0x9E3779B97F4A7C15L + bits(a[second]);
        h = h * 0x9E3779B97F4A7C15L + bits(a[second + 1]);
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ h >>> 32);
    }
}
