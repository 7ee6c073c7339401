package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.DataImport;
import org.mountainsseas.data.DataLocation;
import org.mountainsseas.data.DatasetReader;
import org.mountainsseas.data.ImportKind;
import org.mountainsseas.data.ImportReport;
import org.mountainsseas.model.Dataset;
import org.mountainsseas.model.LoadProblem;

/** The workbook round trip on the bundled data: export, edit as a person would in Excel, import. */
class DataWorkbookTest {
    static final DataLocation BUNDLED = DataLocation.folder(Path.of("assets"));
    static Set<String> adcodes;
    static Dataset data;

    @BeforeAll
    static void load() throws IOException {
        adcodes = new HashSet<>();
        JsonParser.parseString(Files.readString(Path.of("assets/data/counties.json"))).getAsJsonObject().getAsJsonArray("items")
                .forEach(e -> adcodes.add(e.getAsJsonObject().get("adcode").getAsString()));
        data = new DatasetReader(BUNDLED, adcodes).read().value();
    }

    static byte[] exported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DataWorkbook.write(data, out, Progress.NONE);
        return out.toByteArray();
    }

    static ImportReport check(String name, byte[] bytes) {
        return DataImport.check(name, bytes.length, () -> new ByteArrayInputStream(bytes), BUNDLED, adcodes);
    }

    /** Every sheet's cells as a spreadsheet user sees them: numbers as numbers, text as text. */
    static Map<String, List<List<Object>>> cells(byte[] xlsx) throws IOException {
        Map<String, List<List<Object>>> out = new LinkedHashMap<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet s : wb.getSheets().toList()) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row r : s.read()) {
                    List<Object> row = new ArrayList<>();
                    for (int c = 0; c < r.getCellCount(); c++) {
                        Cell cell = r.getCell(c);
                        row.add(cell == null ? "" : cell.getValue() == null ? "" : cell.getValue());
                    }
                    rows.add(row);
                }
                out.put(s.getName(), rows);
            }
        }
        return out;
    }

    /** The sheets written back as a spreadsheet program would save them. */
    static byte[] saved(Map<String, List<List<Object>>> sheets) throws IOException {
        return saved(sheets, ws -> { });
    }

    /** As {@link #saved(Map)}, with something done to each sheet (merge, hide, add a formula) before it is written. */
    static byte[] saved(Map<String, List<List<Object>>> sheets, java.util.function.Consumer<Worksheet> tweak) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Test", "1.0");
        for (Map.Entry<String, List<List<Object>>> e : sheets.entrySet()) {
            Worksheet ws = wb.newWorksheet(e.getKey());
            for (int r = 0; r < e.getValue().size(); r++) {
                List<Object> row = e.getValue().get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (v instanceof Boolean b) {
                        ws.value(r, c, b);
                    } else if (!v.toString().isEmpty()) {
                        ws.value(r, c, v.toString());
                    }
                }
            }
            tweak.accept(ws);
        }
        wb.finish();
        return out.toByteArray();
    }

    static int column(List<List<Object>> sheet, String code) {
        List<Object> header = sheet.get(0);
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c).toString().split("\n")[0].equals(code)) {
                return c;
            }
        }
        throw new AssertionError("no column " + code);
    }

    @Test
    void anExportedWorkbookImportsCleanAndChangesNothing() throws IOException {
        ImportReport r = check("data.xlsx", exported());
        assertTrue(r.ok(), () -> r.errors().toString());
        assertFalse(r.changesSomething(), () -> r.added() + " " + r.changed() + " " + r.removed());
        assertEquals(Set.of(ImportKind.PAIRINGS, ImportKind.ENCLAVES, ImportKind.PROJECTS), r.files().keySet());
        assertEquals(data.dataDate(), r.dataDate());
    }

    @Test
    void theWorkbookHasASheetEachWithTwoLanguageHeadersDropDownsAndFrozenHeaders() throws IOException {
        Map<String, List<List<Object>>> sheets = cells(exported());
        assertEquals(List.of("about 说明", "pairings 结对", "enclaves 飞地", "projects 项目", "figures 数字"), List.copyOf(sheets.keySet()));
        assertEquals("since_year\n结对时间：年", sheets.get("pairings 结对").get(0).get(column(sheets.get("pairings 结对"), "since_year")));
        assertEquals(data.pairings().size() + 1, sheets.get("pairings 结对").size());
        String sheet2 = new String(part(exported(), "xl/worksheets/sheet2.xml"), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(sheet2.contains("\"high,medium,low\""), "confidence drop-down");
        assertTrue(sheet2.contains("\"active,unconfirmed,historical\""), "status drop-down");
        assertTrue(sheet2.contains("state=\"frozen\""), "frozen header");
    }

    static byte[] part(byte[] zip, String name) throws IOException {
        try (var z = org.apache.commons.compress.archivers.zip.ZipFile.builder()
                .setSeekableByteChannel(new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(zip)).get()) {
            return z.getInputStream(z.getEntry(name)).readAllBytes();
        }
    }

    /** A changed year, a new pairing and a deleted row; then the same with a bad adcode. */
    @Test
    void anEditedWorkbookReportsItsChangesAndABadAdcodeByRowAndColumn() throws IOException {
        Map<String, List<List<Object>>> sheets = cells(exported());
        List<List<Object>> pairings = sheets.get("pairings 结对");
        int year = column(pairings, "since_year");
        int id = column(pairings, "id");
        List<Object> second = pairings.get(2);
        BigDecimal was = (BigDecimal) second.get(year);
        second.set(year, was.add(BigDecimal.ONE));
        List<Object> added = new ArrayList<>(second);
        added.set(id, "PR99");
        // a county pair of its own: one pairing per county pair (Pingyang with Lucheng is not in the data)
        added.set(column(pairings, "partner"), "330302");
        pairings.add(added);
        List<Object> deleted = pairings.remove(5);

        ImportReport r = check("edited.xlsx", saved(sheets));
        assertTrue(r.ok(), () -> r.errors().toString());
        assertEquals(List.of("PR99"), r.added());
        assertEquals(List.of(deleted.get(id).toString()), r.removed());
        assertEquals(1, r.changed().size());
        assertEquals(second.get(id), r.changed().get(0).id());
        assertEquals(List.of(new ImportReport.FieldChange("since.year", String.valueOf(was.intValue()), String.valueOf(was.intValue() + 1))),
                r.changed().get(0).diffs());

        added.set(column(pairings, "partner"), "339999");
        ImportReport bad = check("edited.xlsx", saved(sheets));
        assertFalse(bad.ok());
        LoadProblem p = bad.errors().get(0);
        assertEquals(1, bad.errors().size(), () -> bad.errors().toString());
        assertEquals("edited.xlsx › pairings 结对 › row " + pairings.size() + " › partner", p.describe().split(": ")[0]);
        assertTrue(p.message().contains("339999"), p.message());
    }

    @Test
    void aFigureIsReadBackFromItsOwnSheetByRow() throws IOException {
        Map<String, List<List<Object>>> sheets = cells(exported());
        List<List<Object>> figures = sheets.get("figures 数字");
        figures.get(3).set(column(figures, "unit"), "furlongs");
        ImportReport r = check("edited.xlsx", saved(sheets));
        assertEquals(1, r.errors().size(), () -> r.errors().toString());
        assertEquals("edited.xlsx › figures 数字 › row 4 › unit", r.errors().get(0).describe().split(": ")[0]);
    }

    static String csv(List<List<Object>> rows) {
        StringBuilder b = new StringBuilder();
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>();
            for (Object v : row) {
                cells.add(TableExport.csvCell(v instanceof BigDecimal d ? d.toPlainString() : v.toString()));
            }
            b.append(String.join(",", cells)).append("\r\n");
        }
        return b.toString();
    }

    @Test
    void aSheetSavedAsCsvInUtf8WithOrWithoutBomOrInGb18030ImportsToo() throws IOException {
        List<List<Object>> enclaves = cells(exported()).get("enclaves 飞地");
        String text = csv(enclaves);
        java.nio.charset.Charset gb = java.nio.charset.Charset.forName("GB18030");
        for (byte[] bytes : List.of(text.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                ("\ufeff" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8), text.getBytes(gb))) {
            ImportReport r = check("enclaves.csv", bytes);
            assertTrue(r.ok(), () -> r.errors().toString());
            assertEquals(Set.of(ImportKind.ENCLAVES), r.files().keySet());
            assertFalse(r.changesSomething(), () -> r.changed().toString());
        }
        enclaves.get(1).set(column(enclaves, "name_zh"), "新名称");
        ImportReport changed = check("enclaves.csv", csv(enclaves).getBytes(gb));
        assertEquals(List.of("name"), changed.changed().get(0).fields());
        assertEquals("新名称", changed.result().enclaves().get(0).name().zh(), "GB18030 decoded");
        assertEquals(data.enclaves().get(0).figures(), changed.result().enclaves().get(0).figures(), "figures kept from the data in use");

        byte[] neither = {'i', 'd', ',', (byte) 0xff, (byte) 0xff, '\n'};
        ImportReport bad = check("enclaves.csv", neither);
        assertFalse(bad.ok());
        assertTrue(bad.errors().get(0).message().contains("neither UTF-8 nor GB18030"), () -> bad.errors().toString());
    }
}
