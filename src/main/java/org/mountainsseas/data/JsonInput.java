package org.mountainsseas.data;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import org.mountainsseas.model.LoadProblem;

/**
 * Reads one JSON file defensively: a size cap, strict UTF-8 (a leading byte-order mark is skipped),
 * a nesting-depth cap, and strict JSON. Every failure becomes a {@link LoadException} with a
 * message a person can act on.
 */
public final class JsonInput {
    /** Largest file read, in bytes. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Deepest nesting of arrays and objects allowed (GeoJSON needs 5). */
    public static final int MAX_DEPTH = 32;

    private JsonInput() {
    }

    public static JsonElement read(DataLocation location, String name) throws LoadException {
        long size = location.size(name);
        if (size > MAX_BYTES) {
            throw fail(name, "the file is " + mib(size) + ", over the " + mib(MAX_BYTES) + " size cap");
        }
        byte[] bytes;
        try (InputStream in = location.open(name)) {
            bytes = readCapped(in, name);
        } catch (NoSuchFileException e) {
            throw fail(name, "the file is missing");
        } catch (IOException e) {
            throw fail(name, "the file could not be read (" + e.getMessage() + ")");
        }
        return parse(name, bytes);
    }

    /** Parses bytes already in memory; {@code name} is used in messages. */
    public static JsonElement parse(String name, byte[] bytes) throws LoadException {
        String text = decode(name, bytes);
        if (text.isBlank()) {
            throw fail(name, "the file is empty");
        }
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(MAX_DEPTH);
            JsonElement root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw fail(name, "there is more text after the JSON value");
            }
            return root;
        } catch (JsonParseException | IOException | IllegalStateException e) {
            throw fail(name, "this is not valid JSON: " + describe(e));
        } catch (StackOverflowError e) {
            throw fail(name, "the JSON is nested too deeply");
        }
    }

    private static String describe(Throwable e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        if (message == null) {
            return cause.getClass().getSimpleName();
        }
        if (message.contains("Nesting limit")) {
            return "nested deeper than " + MAX_DEPTH + " levels";
        }
        int see = message.indexOf("\nSee ");
        return see > 0 ? message.substring(0, see) : message;
    }

    static byte[] readCapped(InputStream in, String name) throws IOException, LoadException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) > 0) {
            total += n;
            if (total > MAX_BYTES) {
                throw fail(name, "the file is over the " + mib(MAX_BYTES) + " size cap");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static String decode(String name, byte[] bytes) throws LoadException {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            throw fail(name, "the file is not UTF-8 text (saved as GBK or another encoding? save it as UTF-8)");
        }
    }

    static LoadException fail(String file, String message) {
        return new LoadException(new LoadProblem(file, null, null, message));
    }

    private static String mib(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
