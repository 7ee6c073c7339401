package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mountainsseas.export.DataWorkbookTest.cells;
import static org.mountainsseas.export.DataWorkbookTest.check;
import static org.mountainsseas.export.DataWorkbookTest.exported;
import static org.mountainsseas.export.DataWorkbookTest.saved;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.VisibilityState;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mountainsseas.data.ImportReport;

/** Broken and hostile workbooks: each is refused with a message naming where, and nothing would change. */
class HostileWorkbookTest {
    static final String PAIRINGS = "pairings 结对";

    @BeforeAll
    static void load() throws IOException {
        DataWorkbookTest.load();
    }

    /** The report refuses the file, changes nothing, and one error says {@code expected}. */
    static void refused(ImportReport r, String expected) {
        assertFalse(r.ok());
        assertTrue(r.files().isEmpty(), "nothing would be saved");
        assertTrue(r.errors().stream().anyMatch(p -> p.describe().contains(expected)), () -> "no error with «" + expected + "» in " + r.errors());
    }

    static ImportReport edited(Consumer<Map<String, List<List<Object>>>> edit, Consumer<Worksheet> tweak) throws IOException {
        Map<String, List<List<Object>>> sheets = cells(exported());
        edit.accept(sheets);
        return check("book.xlsx", saved(sheets, tweak));
    }

    static Consumer<Worksheet> onPairings(Consumer<Worksheet> c) {
        return ws -> {
            if (ws.getName().equals(PAIRINGS)) {
                c.accept(ws);
            }
        };
    }

    @Test
    void notAZipIsRefused() {
        refused(check("book.xlsx", "id,mountain\nPR01,330127\n".getBytes(StandardCharsets.UTF_8)), "book.xlsx: this is not an XLSX workbook");
        refused(check("book.xlsx", "PK\u0003\u0004 but no zip".getBytes(StandardCharsets.ISO_8859_1)), "not an XLSX workbook");
        byte[] ole = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1, 0, 0};
        refused(check("book.xlsx", ole), "Excel 97–2003");
    }

    @Test
    void aZipBombStopsAtTheUnpackedSizeCap() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 60; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertTrue(out.size() < 200_000, "a small file that unpacks to 60 MB");
        refused(check("bomb.xlsx", out.toByteArray()), "over the unpacked workbook size cap");
    }

    @Test
    void tooManyRowsAreRefusedNamingTheSheetAndRow() throws IOException {
        refused(edited(s -> {
            List<List<Object>> rows = s.get(PAIRINGS);
            while (rows.size() < 100_002) {
                rows.add(List.of("x"));
            }
        }, ws -> { }), "book.xlsx › pairings 结对 › row 100002: over the row count cap");
    }

    @Test
    void aMillionRowsAreRefused() throws IOException {
        ImportReport r = edited(s -> {
            List<List<Object>> rows = s.get(PAIRINGS);
            while (rows.size() < 1_000_000) {
                rows.add(List.of(1));
            }
        }, ws -> { });
        assertFalse(r.ok());
        assertTrue(r.files().isEmpty());
        assertTrue(r.errors().get(0).message().contains("cap"), () -> r.errors().toString());
    }

    @Test
    void aFormulaIsRefusedByRowAndColumn() throws IOException {
        refused(edited(s -> { }, onPairings(ws -> ws.formula(2, 6, "2012+1"))), "book.xlsx › pairings 结对 › row 3 › G (since_year): the cell holds a formula (=2012+1)");
    }

    @Test
    void mergedCellsAreRefused() throws IOException {
        refused(edited(s -> { }, onPairings(ws -> ws.range(3, 0, 3, 1).merge())), "book.xlsx › pairings 结对 › row 4: cells A4:B4 are merged");
    }

    @Test
    void hiddenRowsColumnsAndSheetsAreRefused() throws IOException {
        refused(edited(s -> { }, onPairings(ws -> ws.hideRow(4))), "book.xlsx › pairings 结对 › row 5: the row is hidden");
        refused(edited(s -> { }, onPairings(ws -> ws.hideColumn(2))), "column C is hidden");
        refused(edited(s -> { }, onPairings(ws -> ws.setVisibilityState(VisibilityState.HIDDEN))), "book.xlsx › pairings 结对: the sheet is hidden");
    }

    @Test
    void aRenamedSheetOrHeaderIsRefused() throws IOException {
        refused(edited(s -> {
            Map<String, List<List<Object>>> copy = new LinkedHashMap<>(s);
            s.clear();
            copy.forEach((k, v) -> s.put(k.equals(PAIRINGS) ? "Sheet1" : k, v));
        }, ws -> { }), "book.xlsx › pairings: the workbook has no sheet named \"pairings 结对\" (its sheets are \"about 说明\", \"Sheet1\"");
        refused(edited(s -> s.get(PAIRINGS).get(0).set(6, "year"), ws -> { }),
                "book.xlsx › pairings 结对 › row 1 › since_year: the column is missing");
    }
}
