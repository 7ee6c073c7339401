package org.mountainsseas.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.List;

/**
 * A GeoJSON {@code coordinates} value as {@link JsonTree} reads it: an array of plain numbers
 * stays a {@code double[]} (no JSON element per number, which is what made a country-wide layer
 * slow to read), any other array keeps its items, and anything that is not an array is kept as the
 * JSON it was, so the reader can still say exactly what is wrong with it.
 */
sealed interface Coords {
    /** The number of items, or −1 when this is not an array. */
    int size();

    /** Item {@code i} of an array. */
    Coords get(int i);

    /** An array whose items are all numbers (possibly none). */
    record Numbers(double[] values) implements Coords {
        @Override
        public int size() {
            return values.length;
        }

        @Override
        public Coords get(int i) {
            return new Other(new JsonPrimitive(values[i]));
        }
    }

    /** An array with at least one item that is not a number. */
    record Items(List<Coords> items) implements Coords {
        @Override
        public int size() {
            return items.size();
        }

        @Override
        public Coords get(int i) {
            return items.get(i);
        }
    }

    /** Anything that is not an array: a number inside a mixed array, a string, an object, null. */
    record Other(JsonElement value) implements Coords {
        @Override
        public int size() {
            return -1;
        }

        @Override
        public Coords get(int i) {
            throw new IndexOutOfBoundsException("not an array");
        }
    }
}
