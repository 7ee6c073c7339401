package org.mountainsseas.data;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.mountainsseas.model.LoadProblem;

/**
 * Checks a data workbook (XLSX) or one sheet saved as CSV exactly as a JSON import is checked: the
 * sheets become the data files they stand for, the dataset is read with them in place, and every
 * problem is reported as {@code file › sheet › row › column}. A workbook replaces pairings,
 * enclaves and projects together (its figures sheet fills the enclaves' and projects' figures); a
 * CSV file replaces the one kind its header shows, keeping the figures in use.
 */
final class SheetImport {
    private SheetImport() {
    }

    /** Whether the file is to be read as a workbook or CSV rather than JSON. */
    static boolean isSheet(String name, byte[] bytes) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx") || n.endsWith(".xls") || n.endsWith(".csv") || WorkbookInput.looksLikeWorkbook(bytes);
    }

    static ImportReport check(String name, byte[] bytes, DataLocation current, Set<String> boundaryAdcodes) {
        try {
            return name.toLowerCase(Locale.ROOT).endsWith(".csv") && !WorkbookInput.looksLikeWorkbook(bytes)
                    ? csv(name, bytes, current, boundaryAdcodes) : workbook(name, bytes, current, boundaryAdcodes);
        } catch (LoadException e) {
            return ImportReport.failed(name, e.problem());
        } catch (WorkbookInput.Problems e) {
            return ImportReport.failed(name, e.problems());
        }
    }

    /** A sheet read into items, with where each item and figure came from. */
    private record Read(SheetSpec spec, SheetTable table, SheetRows.Items items) {
    }

    private static ImportReport workbook(String name, byte[] bytes, DataLocation current, Set<String> adcodes)
            throws LoadException, WorkbookInput.Problems {
        WorkbookInput.Book book = WorkbookInput.read(name, bytes);
        SheetTable figureTable = book.sheets().get(SheetSpec.FIGURES);
        SheetRows.Items figureItems = SheetRows.items(name, SheetSpec.FIGURES, figureTable, null);
        Map<String, JsonArray> figures = new LinkedHashMap<>();
        Map<String, List<Integer>> figureRows = new LinkedHashMap<>();
        for (int i = 0; i < figureItems.items().size(); i++) {
            JsonObject f = figureItems.items().get(i).getAsJsonObject();
            JsonElement owner = f.remove("owner");
            String id = owner == null || !owner.isJsonPrimitive() ? "" : owner.getAsString();
            figures.computeIfAbsent(id, k -> new JsonArray()).add(f);
            figureRows.computeIfAbsent(id, k -> new ArrayList<>()).add(figureItems.rowOf().get(i));
        }
        List<LoadProblem> problems = new ArrayList<>(figureItems.problems());
        Map<ImportKind, Read> reads = new LinkedHashMap<>();
        Set<String> owners = new HashSet<>();
        for (SheetSpec spec : List.of(SheetSpec.PAIRINGS, SheetSpec.ENCLAVES, SheetSpec.PROJECTS)) {
            SheetTable table = book.sheets().get(spec);
            SheetRows.Items items = SheetRows.items(name, spec, table, spec == SheetSpec.PAIRINGS ? null : figures);
            problems.addAll(items.problems());
            reads.put(spec.kind(), new Read(spec, table, items));
            if (spec != SheetSpec.PAIRINGS) {
                owners.addAll(items.rowById().keySet());
            }
        }
        for (Map.Entry<String, List<Integer>> e : figureRows.entrySet()) {
            if (!owners.contains(e.getKey())) {
                problems.add(SheetRows.at(name, SheetSpec.FIGURES, figureTable.sheet(), e.getValue().get(0),
                        SheetSpec.FIGURES.column("owner"), e.getKey().isEmpty() ? "is empty: say which enclave (E…) or project (P…) the figure belongs to"
                                : "no enclave or project has the id " + Item.quote(e.getKey())));
            }
        }
        if (!problems.isEmpty()) {
            return ImportReport.failed(name, problems);
        }
        String dataDate = book.dataDate() != null ? book.dataDate() : dataDateInUse(current);
        return compare(name, reads, dataDate, current, adcodes, figureTable, figureRows);
    }

    private static ImportReport csv(String name, byte[] bytes, DataLocation current, Set<String> adcodes) throws LoadException {
        SheetTable read = CsvInput.read(name, bytes);
        SheetSpec spec = recognise(read);
        if (spec == null || spec == SheetSpec.FIGURES) {
            throw new LoadException(new LoadProblem(name, "row 1", null, spec == null
                    ? "the header row is not that of a pairings, enclaves or projects sheet (see docs/spreadsheets.md)"
                    : "a figures sheet cannot be imported on its own: import the whole workbook (.xlsx)"));
        }
        SheetTable table = new SheetTable(spec.name(), read.rows());
        Map<String, JsonArray> figures = spec == SheetSpec.PAIRINGS ? null : figuresInUse(current, spec.kind());
        SheetRows.Items items = SheetRows.items(name, spec, table, figures);
        if (!items.problems().isEmpty()) {
            return ImportReport.failed(name, items.problems());
        }
        return compare(name, Map.of(spec.kind(), new Read(spec, table, items)), dataDateInUse(current), current, adcodes,
                null, Map.of());
    }

    /** The sheet whose columns the header names most of. */
    private static SheetSpec recognise(SheetTable t) {
        if (t.rows().isEmpty()) {
            return null;
        }
        SheetSpec best = null;
        int most = 0;
        for (SheetSpec spec : SheetSpec.ALL) {
            int n = 0;
            for (String cell : t.rows().get(0).cells()) {
                String code = cell.strip().split("\\R", 2)[0].strip();
                n += spec.column(code.toLowerCase(Locale.ROOT)) != null ? 1 : 0;
            }
            if (n > most) {
                most = n;
                best = spec;
            }
        }
        return best;
    }

    private static ImportReport compare(String name, Map<ImportKind, Read> reads, String dataDate, DataLocation current,
                                        Set<String> adcodes, SheetTable figureTable, Map<String, List<Integer>> figureRows) {
        Map<ImportKind, byte[]> files = new LinkedHashMap<>();
        Map<String, Read> byFile = new LinkedHashMap<>();
        reads.forEach((kind, r) -> {
            files.put(kind, DataWriter.envelope(kind.format(), dataDate, r.items().items()));
            byFile.put(kind.file(), r);
        });
        return DataImport.compare(name, files, dataDate, current, adcodes, p -> {
            Read r = byFile.get(p.file());
            String item = p.item();
            if (item == null) {
                return SheetRows.at(name, r.spec(), r.table().sheet(), null, r.spec().columnFor(p.field()), p.message());
            }
            java.util.regex.Matcher figure = java.util.regex.Pattern.compile("(.+) › figures\\[(\\d+)]").matcher(item);
            if (figure.matches() && figureTable != null) {
                List<Integer> rows = figureRows.get(figure.group(1));
                int i = Integer.parseInt(figure.group(2));
                Integer row = rows != null && i < rows.size() ? rows.get(i) : null;
                return SheetRows.at(name, SheetSpec.FIGURES, figureTable.sheet(), row, SheetSpec.FIGURES.columnFor(p.field()), p.message());
            }
            Integer row = r.items().rowById().get(item);
            if (row == null && item.matches("item \\d+")) {
                int i = Integer.parseInt(item.substring(5)) - 1;
                row = i < r.items().rowOf().size() ? r.items().rowOf().get(i) : null;
            }
            SheetSpec.Column column = r.spec().columnFor(p.field());
            LoadProblem at = SheetRows.at(name, r.spec(), r.table().sheet(), row, column, p.message());
            return column == null && p.field() != null ? new LoadProblem(at.file(), at.item(), p.field(), at.message()) : at;
        });
    }

    private static String dataDateInUse(DataLocation current) {
        try {
            return Envelope.read(current, DatasetReader.PAIRINGS, "pairings", false).dataDate();
        } catch (LoadException e) {
            return null;
        }
    }

    /** The figures of the items in use, by id: a CSV sheet has no figures of its own. */
    private static Map<String, JsonArray> figuresInUse(DataLocation current, ImportKind kind) {
        Map<String, JsonArray> out = new LinkedHashMap<>();
        try {
            for (JsonElement e : Envelope.read(current, kind.file(), kind.format(), false).items()) {
                if (e.isJsonObject() && e.getAsJsonObject().get("id") != null && e.getAsJsonObject().get("figures") instanceof JsonArray a) {
                    out.put(e.getAsJsonObject().get("id").getAsString(), a);
                }
            }
        } catch (LoadException | RuntimeException e) {
            // no figures in use to keep: the rows are read without figures
        }
        return out;
    }
}
