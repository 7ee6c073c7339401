package org.mountainsseas.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import com.google.gson.internal.LazilyParsedNumber;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects one array of a {@code coordinates} value while {@link JsonTree} reads it. */
final class CoordsBuilder {
    private double[] numbers = new double[2];
    private int count;
    /** Null while every item so far is a number; then the items, as builders or JSON elements. */
    private List<Object> items;

    /** Adds a number, as written in the file. */
    void number(String text) {
        if (items != null) {
            items.add(new JsonPrimitive(new LazilyParsedNumber(text)));
            return;
        }
        if (count == numbers.length) {
            numbers = Arrays.copyOf(numbers, count * 2);
        }
        // the same double as LazilyParsedNumber.doubleValue (Double.parseDouble), so values equal the tree reader's
        numbers[count++] = Decimals.parse(text);
    }

    /** Adds an item that is not a number: a nested array's builder or any other JSON value. */
    void add(Object item) {
        if (items == null) {
            items = new ArrayList<>(Math.max(count + 1, 4));
            for (int i = 0; i < count; i++) {
                items.add(new JsonPrimitive(numbers[i]));
            }
            numbers = null;
        }
        items.add(item);
    }

    Coords build() {
        if (items == null) {
            return new Coords.Numbers(count == numbers.length ? numbers : Arrays.copyOf(numbers, count));
        }
        List<Coords> built = new ArrayList<>(items.size());
        for (Object item : items) {
            built.add(item instanceof CoordsBuilder b ? b.build() : new Coords.Other((JsonElement) item));
        }
        return new Coords.Items(built);
    }
}
