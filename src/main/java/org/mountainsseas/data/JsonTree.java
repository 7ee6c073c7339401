package org.mountainsseas.data;

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

/**
 * Builds a Gson tree from strict JSON text without recursion, enforcing {@link Cap#NESTING_DEPTH},
 * {@link Cap#ARRAY_LENGTH} and {@link Cap#JSON_VALUES} as it goes, and refusing an object with the
 * same key twice (Gson would silently keep the last one).
 */
final class JsonTree {
    private final String file;
    private final JsonReader reader;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private long values;

    /** An open array or object and, for an object, the name waiting for its value. */
    private static final class Frame {
        final JsonElement container;
        String pendingName;
        int count;

        Frame(JsonElement container) {
            this.container = container;
        }
    }

    private JsonTree(String file, String text) {
        this.file = file;
        this.reader = new JsonReader(new StringReader(text));
        reader.setStrictness(Strictness.STRICT);
        // the nesting cap is ours; Gson's own limit is set above it so ours always speaks first
        reader.setNestingLimit((int) Cap.NESTING_DEPTH.limit() + 2);
    }

    /** Parses one JSON value that must fill the whole text. */
    static JsonElement parse(String file, String text) throws LoadException, IOException {
        JsonTree tree = new JsonTree(file, text);
        JsonElement root = tree.value();
        try {
            if (tree.reader.peek() == JsonToken.END_DOCUMENT) {
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
                    root = open(new JsonArray(), root);
                }
                case BEGIN_OBJECT -> {
                    reader.beginObject();
                    root = open(new JsonObject(), root);
                }
                case END_ARRAY -> {
                    reader.endArray();
                    stack.pop();
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
                default -> root = add(scalar(token), root);
            }
        } while (!stack.isEmpty());
        return root;
    }

    private JsonElement open(JsonElement container, JsonElement root) throws LoadException {
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

    /** Adds a value to the open container, or makes it the root; returns the root. */
    private JsonElement add(JsonElement value, JsonElement root) throws LoadException {
        Cap.JSON_VALUES.check(file, null, null, ++values);
        Frame top = stack.peek();
        if (top == null) {
            return value;
        }
        Cap.ARRAY_LENGTH.check(file, null, null, ++top.count);
        if (top.container instanceof JsonArray a) {
            a.add(value);
        } else {
            ((JsonObject) top.container).add(top.pendingName, value);
        }
        return root;
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
