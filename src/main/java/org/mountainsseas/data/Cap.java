package org.mountainsseas.data;

import java.util.Locale;
import org.mountainsseas.model.LoadProblem;

/**
 * A limit on untrusted input, with the words a person sees when a file goes over it. Every loader
 * checks its input against caps so that no file, however hostile, can exhaust memory or time; the
 * refusal always names the cap ("over the file size cap of 50.0 MB"). The standard caps are the
 * constants below; a new loader (tour files, imports, kiosk config) reuses them or makes its own
 * {@code new Cap("tour steps", 500, "steps")}.
 *
 * @param name  what is limited, as it reads in a sentence ("file size", "nesting depth")
 * @param limit the largest allowed value, inclusive
 * @param unit  the unit after a number ("levels", "vertices"); {@code "bytes"} prints as MB
 */
public record Cap(String name, long limit, String unit) {
    /** Largest file read. */
    public static final Cap FILE_SIZE = new Cap("file size", 50L * 1024 * 1024, "bytes");
    /** Deepest nesting of JSON arrays and objects (GeoJSON MultiPolygon needs 6). */
    public static final Cap NESTING_DEPTH = new Cap("nesting depth", 32, "levels");
    /** Most elements in one JSON array. */
    public static final Cap ARRAY_LENGTH = new Cap("array length", 1_000_000, "elements");
    /** Most JSON values (numbers, strings, arrays, objects …) in one file: bounds memory. */
    public static final Cap JSON_VALUES = new Cap("JSON value count", 4_000_000, "values");
    /** Most items in one data file. */
    public static final Cap ITEMS = new Cap("item count", 100_000, "items");
    /** Most rows in one sheet or CSV file, the header included. */
    public static final Cap ROWS = new Cap("row count", ITEMS.limit() + 1, "rows");
    /** Most columns in one sheet or CSV row. */
    public static final Cap COLUMNS = new Cap("column count", 200, "columns");
    /** Most bytes a workbook unpacks to (its parts together): a zip bomb stops here. */
    public static final Cap UNPACKED_SIZE = new Cap("unpacked workbook size", FILE_SIZE.limit(), "bytes");
    /** Most parts (zip entries) in one workbook. */
    public static final Cap ZIP_ENTRIES = new Cap("zip entry count", 1_000, "entries");
    /** Most boundary vertices in one GeoJSON file. */
    public static final Cap VERTICES = new Cap("vertex count", 1_000_000, "vertices");

    /** Whether {@code found} is over the cap. */
    public boolean exceededBy(long found) {
        return found > limit;
    }

    /** "over the vertex count cap of 1000000 vertices" (with the amount found when it is known, i.e. ≥ 0). */
    public String message(long found) {
        String over = "over the " + name + " cap of " + amount(limit);
        return found >= 0 ? over + " (found " + amount(found) + ")" : over;
    }

    /** Throws a {@link LoadException} naming this cap if {@code found} is over it. */
    public void check(String file, String item, String field, long found) throws LoadException {
        if (exceededBy(found)) {
            throw refuse(file, item, field, found);
        }
    }

    /** The refusal for {@code found} (−1 when not known exactly). */
    public LoadException refuse(String file, String item, String field, long found) {
        return new LoadException(new LoadProblem(file, item, field, message(found)));
    }

    private String amount(long n) {
        if ("bytes".equals(unit)) {
            return String.format(Locale.ROOT, "%.1f MB", n / (1024.0 * 1024.0));
        }
        return n + " " + unit;
    }
}
