package org.mountainsseas.data;

import org.mountainsseas.model.Cut;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.internal.LazilyParsedNumber;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Builds a Gson tree from strict JSON text without recursion, enforcing {@link Cap#NESTING_DEPTH},
 * {@link Cap#ARRAY_LENGTH} and {@link Cap#JSON_VALUES} as it goes, and refusing an object with the
 * same key twice (Gson would silently keep the last one). Read as GeoJSON ({@link #parseGeoJson}),
 * each array under a {@code coordinates} key is kept as {@link Coords} beside the tree instead.
 */
final class JsonTree {
    private final String file;
    private final JsonReader reader;
    private final Deque<Frame> stack = new ArrayDeque<>();
    /** Null unless read as GeoJSON: each object's {@code coordinates} array, read compactly. */
    private final Map<JsonObject, Coords> coordinates;
    private long values;

    /** An open array or object ({@link JsonArray}, {@link JsonObject} or {@link CoordsBuilder}) and, for an object, the name waiting for its value. */
    private static final class Frame {
        final Object container;
        String pendingName;
        int count;

        Frame(Object container) {
            this.container = container;
        }
    }

    /** A GeoJSON file's tree, and the coordinates taken out of it (their key holds JSON null). */
    record GeoJson(JsonElement root, Map<JsonObject, Coords> coordinates) {
        /** The {@code coordinates} of a geometry object: null when it has none. */
        Coords coordinatesOf(JsonObject geometry) {
            Coords c = coordinates.get(geometry);
            if (c != null) {
                return c;
            }
            JsonElement plain = geometry.get("coordinates");
            return plain == null ? null : new Coords.Other(plain);
        }
    }

    private JsonTree(String file, String text, boolean geoJson) {
        this.file = file;
        this.coordinates = geoJson ? new IdentityHashMap<>() : null;
        this.reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        // the nesting cap is ours; Gson's own limit is set above it so ours always speaks first
        reader.setNestingLimit((int) Cap.NESTING_DEPTH.limit() + 2);
    }

    /** Parses one JSON value that must fill the whole text. */
    static JsonElement parse(String file, String text) throws LoadException, IOException {
        return new JsonTree(file, text, false).whole();
    }

    /** Parses GeoJSON text: as {@link #parse}, with every {@code coordinates} array kept compact. */
    static GeoJson parseGeoJson(String file, String text) throws LoadException, IOException {
        JsonTree tree = new JsonTree(file, text, true);
        return new GeoJson(tree.whole(), tree.coordinates);
    }

    private JsonElement whole() throws LoadException, IOException {
        JsonElement root = value();
        try {
            if (reader.peek() == JsonToken.END_DOCUMENT) {
                return root;
            }
        } catch (IOException e) {
            // strict Gson refuses a second value outright; either way the cause is the same
        }
        throw JsonInput.fail(file, "there is more text after the JSON value");
    }

    private JsonElement value() throws LoadException, IOException {
        JsonElement root = null;
        do {
            JsonToken token = reader.peek();
            switch (token) {
                case BEGIN_ARRAY -> {
                    reader.beginArray();
                    root = open(compactArrayHere() ? new CoordsBuilder() : new JsonArray(), root);
                }
                case BEGIN_OBJECT -> {
                    reader.beginObject();
                    root = open(new JsonObject(), root);
                }
                case END_ARRAY -> {
                    reader.endArray();
                    Object closed = stack.pop().container;
                    Frame top = stack.peek();
                    if (closed instanceof CoordsBuilder b && top != null && top.container instanceof JsonObject o) {
                        coordinates.put(o, b.build());
                    }
                }
                case END_OBJECT -> {
                    reader.endObject();
                    stack.pop();
                }
                case NAME -> {
                    String name = reader.nextName();
                    Frame top = stack.peek();
                    if (((JsonObject) top.container).has(name)) {
                        throw JsonInput.fail(file, "the key \"" + shorten(name) + "\" appears twice in one object");
                    }
                    top.pendingName = name;
                }
                case NUMBER -> {
                    if (!stack.isEmpty() && stack.peek().container instanceof CoordsBuilder b) {
                        count();
                        b.number(reader.nextString());
                    } else {
                        root = add(scalar(token), root);
                    }
                }
                default -> root = add(scalar(token), root);
            }
        } while (!stack.isEmpty());
        return root;
    }

    /** Whether the array about to open is (inside) a GeoJSON {@code coordinates} value. */
    private boolean compactArrayHere() {
        Frame top = stack.peek();
        return coordinates != null && top != null && (top.container instanceof CoordsBuilder
                || top.container instanceof JsonObject && "coordinates".equals(top.pendingName));
    }

    private JsonElement open(Object container, JsonElement root) throws LoadException {
        JsonElement r = add(container, root);
        stack.push(new Frame(container));
        Cap.NESTING_DEPTH.check(file, null, null, stack.size());
        return r;
    }

    private JsonElement scalar(JsonToken token) throws IOException {
        return switch (token) {
            case STRING -> new JsonPrimitive(reader.nextString());
            case NUMBER -> new JsonPrimitive(new LazilyParsedNumber(reader.nextString()));
            case BOOLEAN -> new JsonPrimitive(reader.nextBoolean());
            case NULL -> {
                reader.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new IllegalStateException("unexpected " + token);
        };
    }

    /**
     * Adds a value (a JSON element, or the builder of a compact array) to the open container, or
     * makes it the root; returns the root. A compact array's key holds JSON null until it closes.
     */
    private JsonElement add(Object value, JsonElement root) throws LoadException {
        Frame top = count();
        if (top == null) {
            return (JsonElement) value;
        }
        if (top.container instanceof JsonArray a) {
            a.add((JsonElement) value);
        } else if (top.container instanceof CoordsBuilder b) {
            b.add(value);
        } else {
            ((JsonObject) top.container).add(top.pendingName, value instanceof JsonElement e ? e : JsonNull.INSTANCE);
        }
        return root;
    }

    /** Counts one more value, in the open container if there is one (which it returns). */
    private Frame count() throws LoadException {
        Cap.JSON_VALUES.check(file, null, null, ++values);
        Frame top = stack.peek();
        if (top != null) {
            Cap.ARRAY_LENGTH.check(file, null, null, ++top.count);
        }
        return top;
    }

    private static String shorten(String s) {
        return Cut.toLength(s, 41);
    }
}
