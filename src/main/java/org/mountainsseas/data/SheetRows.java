package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mountainsseas.model.LoadProblem;

/**
 * Turns data-file items into sheet rows and back, column by column as {@link SheetSpec} says. No
 * checking beyond the shape: the rows become the same JSON a data file holds, and
 * {@link DatasetReader} checks them exactly as it checks a file.
 */
public final class SheetRows {
    private static final String SEPARATORS = "[,，、;；]";

    private SheetRows() {
    }

    // Export

    /**
     * The sheet's rows, header first: numbers as {@link Number}, everything else as text.
     *
     * @param countyName the name shown in a reference column for an adcode
     */
    public static List<List<Object>> rows(SheetSpec spec, JsonArray items, Function<String, String> countyName) {
        List<List<Object>> out = new ArrayList<>();
        out.add(new ArrayList<>(spec.columns().stream().map(SheetSpec.Column::header).toList()));
        for (JsonElement e : items) {
            out.add(row(spec, e.getAsJsonObject(), countyName));
        }
        return out;
    }

    /** The figures sheet: every figure of the enclaves and projects, under its owner's id. */
    public static List<List<Object>> figureRows(JsonArray... owners) {
        List<List<Object>> out = new ArrayList<>();
        out.add(new ArrayList<>(SheetSpec.FIGURES.columns().stream().map(SheetSpec.Column::header).toList()));
        for (JsonArray items : owners) {
            for (JsonElement e : items) {
                JsonObject item = e.getAsJsonObject();
                JsonElement figures = item.get("figures");
                if (figures == null || !figures.isJsonArray()) {
                    continue;
                }
                for (JsonElement f : figures.getAsJsonArray()) {
                    JsonObject o = f.getAsJsonObject().deepCopy();
                    o.add("owner", item.get("id"));
                    out.add(row(SheetSpec.FIGURES, o, a -> ""));
                }
            }
        }
        return out;
    }

    private static List<Object> row(SheetSpec spec, JsonObject item, Function<String, String> countyName) {
        List<Object> row = new ArrayList<>();
        for (SheetSpec.Column c : spec.columns()) {
            JsonElement v = at(item, c.path());
            if (c.type() == SheetSpec.Type.REFERENCE) {
                String name = v == null ? null : countyName.apply(v.getAsString());
                row.add(name == null ? "" : name);
            } else {
                row.add(cell(v));
            }
        }
        return row;
    }

    private static JsonElement at(JsonObject o, String path) {
        JsonElement e = o;
        for (String part : path.split("\\.")) {
            if (e == null || !e.isJsonObject()) {
                return null;
            }
            e = e.getAsJsonObject().get(part);
        }
        return e == null || e.isJsonNull() ? null : e;
    }

    private static Object cell(JsonElement v) {
        if (v == null) {
            return "";
        }
        if (v.isJsonArray()) {
            List<String> parts = new ArrayList<>();
            v.getAsJsonArray().forEach(x -> parts.add(x.getAsString()));
            return String.join(", ", parts);
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isNumber()) {
            BigDecimal d = p.getAsBigDecimal();
            return d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(1e15)) < 0 ? d.longValue() : d.doubleValue();
        }
        return p.getAsString();
    }

    // Import

    /**
     * A sheet read back: its items as a data file holds them, and where each came from.
     *
     * @param items    the items, in row order
     * @param rowOf    each item's row, by index
     * @param rowById  each id's last row (a duplicate id is reported on the later row)
     * @param problems what stopped a row or the sheet from being read at all
     */
    public record Items(JsonArray items, List<Integer> rowOf, Map<String, Integer> rowById, List<LoadProblem> problems) {
    }

    /** Where a problem found in a sheet is reported: the file, the sheet, the row, the column. */
    static LoadProblem at(String file, SheetSpec spec, String sheet, Integer row, SheetSpec.Column column, String message) {
        return new LoadProblem(file, sheet + (row == null ? "" : " › row " + row), column == null ? null : column.code(), message);
    }

    /**
     * Reads a sheet's rows into items. The first row must be the header: each cell the column's
     * code, its Chinese name, or both on two lines; every column must be there once and no other.
     * Blank rows are skipped.
     *
     * @param figures the figures of each owner id, put into the items' {@code figures} (null: none)
     */
    public static Items items(String file, SheetSpec spec, SheetTable table, Map<String, JsonArray> figures) {
        List<LoadProblem> problems = new ArrayList<>();
        JsonArray items = new JsonArray();
        List<Integer> rowOf = new ArrayList<>();
        Map<String, Integer> rowById = new HashMap<>();
        if (table.rows().isEmpty()) {
            problems.add(at(file, spec, table.sheet(), null, null, "the sheet is empty: its first row must be the header"));
            return new Items(items, rowOf, rowById, problems);
        }
        SheetTable.Row header = table.rows().get(0);
        Map<SheetSpec.Column, Integer> index = header(file, spec, table.sheet(), header, problems);
        if (!problems.isEmpty()) {
            return new Items(items, rowOf, rowById, problems);
        }
        for (SheetTable.Row r : table.rows().subList(1, table.rows().size())) {
            JsonObject item = new JsonObject();
            boolean any = false;
            for (Map.Entry<SheetSpec.Column, Integer> e : index.entrySet()) {
                String raw = r.cell(e.getValue()).strip();
                if (!raw.isEmpty() && e.getKey().imported()) {
                    any = true;
                    put(item, e.getKey(), raw);
                }
            }
            if (!any) {
                continue;
            }
            nullEmpty(spec, item);
            if (figures != null) {
                JsonElement id = item.get("id");
                JsonArray own = id != null && id.isJsonPrimitive() ? figures.get(id.getAsString()) : null;
                item.add("figures", own == null ? new JsonArray() : own);
            }
            JsonElement id = item.get("id");
            if (id != null && id.isJsonPrimitive()) {
                rowById.put(id.getAsString(), r.number());
            }
            items.add(item);
            rowOf.add(r.number());
        }
        return new Items(items, rowOf, rowById, problems);
    }

    private static Map<SheetSpec.Column, Integer> header(String file, SheetSpec spec, String sheet, SheetTable.Row header,
                                                         List<LoadProblem> problems) {
        Map<SheetSpec.Column, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String cell = header.cell(i).strip();
            if (cell.isEmpty()) {
                continue;
            }
            SheetSpec.Column c = columnNamed(spec, cell);
            if (c == null) {
                problems.add(at(file, spec, sheet, header.number(), null, "column " + (i + 1) + " is headed " + Item.quote(cell)
                        + ", which is not a column of this sheet (see docs/spreadsheets.md); remove it or restore its header"));
            } else if (index.put(c, i) != null) {
                problems.add(at(file, spec, sheet, header.number(), c, "this column appears twice"));
            }
        }
        for (SheetSpec.Column c : spec.columns()) {
            if (c.imported() && !index.containsKey(c)) {
                problems.add(at(file, spec, sheet, header.number(), c, "the column is missing (restore its header " + Item.quote(c.code()) + ")"));
            }
        }
        return index;
    }

    private static SheetSpec.Column columnNamed(SheetSpec spec, String header) {
        String first = header.split("\\R", 2)[0].strip();
        for (SheetSpec.Column c : spec.columns()) {
            if (c.code().equalsIgnoreCase(first) || c.zh().equals(first) || c.header().equals(header)) {
                return c;
            }
        }
        return null;
    }

    /** Sets the value at the column's path, typed as the column says; text that is not the right type stays text, so the reader names the problem. */
    private static void put(JsonObject item, SheetSpec.Column c, String raw) {
        String[] parts = c.path().split("\\.");
        JsonObject o = item;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonElement child = o.get(parts[i]);
            if (child == null || !child.isJsonObject()) {
                child = new JsonObject();
                o.add(parts[i], child);
            }
            o = child.getAsJsonObject();
        }
        o.add(parts[parts.length - 1], value(c.type(), raw));
    }

    private static JsonElement value(SheetSpec.Type type, String raw) {
        switch (type) {
            case INTEGER, NUMBER -> {
                try {
                    return new JsonPrimitive(new BigDecimal(raw.replace(",", "")));
                } catch (NumberFormatException e) {
                    return new JsonPrimitive(raw);
                }
            }
            case BOOLEAN -> {
                String b = raw.toLowerCase(Locale.ROOT);
                return "true".equals(b) || "false".equals(b) ? new JsonPrimitive(Boolean.parseBoolean(b)) : new JsonPrimitive(raw);
            }
            case LIST -> {
                JsonArray a = new JsonArray();
                for (String s : raw.split(SEPARATORS)) {
                    if (!s.isBlank()) {
                        a.add(s.strip());
                    }
                }
                return a;
            }
            default -> {
                return new JsonPrimitive(raw);
            }
        }
    }

    /** The fields a row leaves empty are null, as in a data file; an empty list is an empty array. */
    private static void nullEmpty(SheetSpec spec, JsonObject item) {
        for (SheetSpec.Column c : spec.columns()) {
            String field = c.path().split("\\.")[0];
            if (c.imported() && !item.has(field)) {
                item.add(field, c.type() == SheetSpec.Type.LIST ? new JsonArray() : JsonNull.INSTANCE);
            }
        }
    }
}
