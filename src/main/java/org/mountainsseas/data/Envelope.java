package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.mountainsseas.model.LoadProblem;

/** The common wrapper of every data file: format, version, data date and the items. */
record Envelope(String file, String dataDate, JsonArray items, JsonObject item) {
    static final int VERSION = 1;

    static Envelope read(DataLocation location, String file, String format, boolean single) throws LoadException {
        JsonElement root = JsonInput.read(location, file);
        if (!root.isJsonObject()) {
            throw JsonInput.fail(file, "expected a JSON object with \"format\": \"mountainsseas/" + format + "\"");
        }
        JsonObject o = root.getAsJsonObject();
        String expected = "mountainsseas/" + format;
        JsonElement f = o.get("format");
        if (f == null || !f.isJsonPrimitive() || !expected.equals(f.getAsString())) {
            throw new LoadException(new LoadProblem(file, null, "format",
                    "expected \"" + expected + "\", found " + (f == null ? "nothing" : JsonInput.excerpt(f))));
        }
        JsonElement v = o.get("version");
        if (v == null || !v.isJsonPrimitive() || !v.getAsJsonPrimitive().isNumber() || v.getAsDouble() != VERSION) {
            throw new LoadException(new LoadProblem(file, null, "version",
                    "expected " + VERSION + ", found " + (v == null ? "nothing" : JsonInput.excerpt(v))));
        }
        JsonElement date = o.get("dataDate");
        String dataDate = date != null && date.isJsonPrimitive() && date.getAsJsonPrimitive().isString() ? date.getAsString() : null;
        if (single) {
            JsonElement item = o.get("item");
            if (item == null || !item.isJsonObject()) {
                throw new LoadException(new LoadProblem(file, null, "item", "expected an object"));
            }
            return new Envelope(file, dataDate, null, item.getAsJsonObject());
        }
        JsonElement items = o.get("items");
        if (items == null || !items.isJsonArray()) {
            throw new LoadException(new LoadProblem(file, null, "items", "expected an array of items"));
        }
        Cap.ITEMS.check(file, null, "items", items.getAsJsonArray().size());
        return new Envelope(file, dataDate, items.getAsJsonArray(), null);
    }
}
