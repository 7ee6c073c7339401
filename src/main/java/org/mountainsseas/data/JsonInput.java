package org.mountainsseas.data;

import org.mountainsseas.model.Cut;
import com.google.gson.JsonElement;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import org.mountainsseas.model.LoadProblem;

/**
 * Reads one JSON file defensively: a size cap, strict UTF-8 (a leading byte-order mark is skipped),
 * the JSON caps of {@link Cap} (nesting depth, array length, value count) and strict JSON. Every failure becomes a {@link LoadException} with a
 * message a person can act on.
 */
public final class JsonInput {
    /** Largest file read, in bytes ({@link Cap#FILE_SIZE}). */
    public static final long MAX_BYTES = Cap.FILE_SIZE.limit();

    private JsonInput() {
    }

    public static JsonElement read(DataLocation location, String name) throws LoadException {
        return parse(name, bytes(location, name));
    }

    /** Parses bytes already in memory; {@code name} is used in messages. */
    public static JsonElement parse(String name, byte[] bytes) throws LoadException {
        return parse(name, bytes, JsonTree::parse);
    }

    /** Reads a GeoJSON file: the same checks, with every {@code coordinates} array kept compact. */
    static JsonTree.GeoJson readGeoJson(DataLocation location, String name) throws LoadException {
        return parseGeoJson(name, bytes(location, name));
    }

    /** Parses GeoJSON bytes already in memory, as {@link #readGeoJson}. */
    static JsonTree.GeoJson parseGeoJson(String name, byte[] bytes) throws LoadException {
        return parse(name, bytes, JsonTree::parseGeoJson);
    }

    /** How the text becomes a tree. */
    private interface Parser<T> {
        T parse(String name, String text) throws LoadException, IOException;
    }

    private static <T> T parse(String name, byte[] bytes, Parser<T> parser) throws LoadException {
        String text = text(name, bytes);
        tooLongNumber(name, text);
        try {
            return parser.parse(name, text);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw fail(name, "this is not valid JSON: " + describe(e));
        }
    }

    /** A file's bytes within the size cap; every failure is a {@link LoadException} naming the file. */
    static byte[] bytes(DataLocation location, String name) throws LoadException {
        Cap.FILE_SIZE.check(name, null, null, location.size(name));
        try (InputStream in = location.open(name)) {
            return readCapped(in, name);
        } catch (NoSuchFileException e) {
            throw fail(name, "the file is missing");
        } catch (InputFile.NotAFile e) {
            throw fail(name, e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw fail(name, "the file could not be read (" + InputFile.reason(e) + ")");
        }
    }

    /** The file's text: within the size cap, strict UTF-8, not blank. */
    private static String text(String name, byte[] bytes) throws LoadException {
        Cap.FILE_SIZE.check(name, null, null, bytes.length);
        String text = decode(name, bytes);
        if (text.isBlank()) {
            throw fail(name, "the file is empty");
        }
        return text;
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int see = message.indexOf("\nSee ");
        message = see > 0 ? message.substring(0, see) : message;
        // Gson speaks to programmers: keep where the problem is, drop its advice and JSON path
        message = message.replace("Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON", "unexpected text");
        int path = message.indexOf(" path $");
        return path > 0 ? message.substring(0, path) : message;
    }

    static byte[] readCapped(InputStream in, String name) throws IOException, LoadException {
        return InputFile.readCapped(in, name, Cap.FILE_SIZE);
    }

    private static String decode(String name, byte[] bytes) throws LoadException {
        return InputFile.utf8(name, bytes);
    }

    /** A JSON value as it reads in a message, cut to a readable length. */
    static String excerpt(JsonElement e) {
        return Cut.toLength(e.toString(), 61);
    }

    static LoadException fail(String file, String message) {
        return new LoadException(new LoadProblem(file, null, null, message));
    }

    /**
     * The most characters a number may have ({@value}): a double needs at most 25, and the JSON
     * reader gives up past 1,024 with a message about malformed JSON. Checked in one pass before
     * parsing, so a 100,000-digit number costs a scan, never a big-number conversion.
     */
    static final int MAX_NUMBER_CHARS = 100;

    /** Refuses the first number longer than {@link #MAX_NUMBER_CHARS}, naming its line and the key it is the value of. */
    private static void tooLongNumber(String name, String text) throws LoadException {
        boolean inString = false;
        int line = 1;
        int lastStringStart = -1, lastStringEnd = -1;
        String key = null;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                    lastStringEnd = i;
                }
            } else if (c == '"') {
                inString = true;
                lastStringStart = i + 1;
            } else if (c == '\n') {
                line++;
            } else if (c == ':' && lastStringStart >= 0) {
                key = text.substring(lastStringStart, Math.min(lastStringEnd, lastStringStart + 40));
            } else if (c == '-' || c >= '0' && c <= '9') {
                int end = i;
                while (end < n && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end - i > MAX_NUMBER_CHARS) {
                    throw new LoadException(new LoadProblem(name, "line " + line, key,
                            "number too long (" + (end - i) + " characters; at most " + MAX_NUMBER_CHARS + ")"));
                }
                i = end - 1;
            }
        }
    }
}
