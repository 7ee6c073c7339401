package org.mountainsseas.data;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.mountainsseas.model.LoadProblem;

/**
 * Reads the data workbook (docs/spreadsheets.md) from XLSX bytes already within the file size cap:
 * {@link WorkbookParts} first (zip bomb, merged cells, hidden rows, columns and sheets), then the
 * values with fastexcel's reader, within {@link Cap#ROWS} and {@link Cap#COLUMNS}. A formula or an
 * error value is refused: the workbook must hold the values themselves. Every problem names the
 * file, the sheet and the row; nothing is returned unless the whole workbook reads.
 */
public final class WorkbookInput {
    /** The name of the sheet that carries the workbook's data date. */
    public static final String ABOUT = "about";

    /** The data sheets, by spec, and the data date from the about sheet (null if it has none). */
    public record Book(Map<SheetSpec, SheetTable> sheets, String dataDate) {
    }

    private WorkbookInput() {
    }

    /** Whether the bytes start as a zip file does (an XLSX workbook is one). */
    public static boolean looksLikeWorkbook(byte[] bytes) {
        return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04);
    }

    private static boolean startsWith(byte[] bytes, int... head) {
        if (bytes.length < head.length) {
            return false;
        }
        for (int i = 0; i < head.length; i++) {
            if ((bytes[i] & 0xff) != head[i]) {
                return false;
            }
        }
        return true;
    }

    public static Book read(String file, byte[] bytes) throws LoadException, Problems {
        if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
            throw JsonInput.fail(file, "this is an old Excel 97–2003 (.xls) workbook; save it as .xlsx (Excel workbook) and import that");
        }
        List<WorkbookParts.SheetInfo> infos = WorkbookParts.read(file, bytes);
        List<LoadProblem> problems = new ArrayList<>();
        Map<SheetSpec, WorkbookParts.SheetInfo> found = new LinkedHashMap<>();
        for (SheetSpec spec : SheetSpec.ALL) {
            WorkbookParts.SheetInfo info = find(infos, spec.name());
            if (info == null) {
                problems.add(new LoadProblem(file, spec.name(), null, "the workbook has no sheet named " + Item.quote(spec.tab())
                        + " (its sheets are " + names(infos) + "); a data sheet's name must start with " + Item.quote(spec.name())));
            } else {
                structure(file, info, problems);
                found.put(spec, info);
            }
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        Map<SheetSpec, SheetTable> tables = new LinkedHashMap<>();
        String dataDate = null;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            for (Map.Entry<SheetSpec, WorkbookParts.SheetInfo> e : found.entrySet()) {
                Sheet sheet = wb.findSheet(e.getValue().name()).orElseThrow();
                tables.put(e.getKey(), table(file, sheet, problems));
            }
            WorkbookParts.SheetInfo about = find(infos, ABOUT);
            if (about != null) {
                dataDate = dataDate(table(file, wb.findSheet(about.name()).orElseThrow(), problems));
            }
        } catch (IOException | UncheckedIOException | org.dhatim.fastexcel.reader.ExcelReaderException e) {
            throw JsonInput.fail(file, "the workbook could not be read (" + e.getMessage() + "); save it again as .xlsx");
        }
        if (!problems.isEmpty()) {
            throw new Problems(problems);
        }
        return new Book(tables, dataDate);
    }

    /** Several problems, each with its sheet and row. */
    public static final class Problems extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient List<LoadProblem> problems;

        Problems(List<LoadProblem> problems) {
            super(problems.size() + " problems");
            this.problems = List.copyOf(problems);
        }

        public List<LoadProblem> problems() {
            return problems;
        }
    }

    private static WorkbookParts.SheetInfo find(List<WorkbookParts.SheetInfo> infos, String code) {
        for (WorkbookParts.SheetInfo i : infos) {
            String first = i.name().strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            if (first.equals(code)) {
                return i;
            }
        }
        return null;
    }

    private static String names(List<WorkbookParts.SheetInfo> infos) {
        return String.join(", ", infos.stream().map(i -> Item.quote(i.name())).toList());
    }

    private static void structure(String file, WorkbookParts.SheetInfo info, List<LoadProblem> problems) {
        if (info.hidden()) {
            problems.add(new LoadProblem(file, info.name(), null, "the sheet is hidden: unhide it, so that what is imported is what you see"));
        }
        for (int row : info.hiddenRows()) {
            problems.add(new LoadProblem(file, info.name() + " › row " + row, null, "the row is hidden: unhide it (or delete it), so that what is imported is what you see"));
        }
        for (String column : info.hiddenColumns()) {
            problems.add(new LoadProblem(file, info.name() + " › row 1", column, "column " + column + " is hidden: unhide it, so that what is imported is what you see"));
        }
        for (String range : info.merged()) {
            String row = range.replaceAll("^[A-Z]+(\\d+).*$", "$1");
            problems.add(new LoadProblem(file, info.name() + " › row " + row, null, "cells " + range
                    + " are merged: unmerge them and put the value in each cell (a merged cell is empty to an importer)"));
        }
    }

    private static SheetTable table(String file, Sheet sheet, List<LoadProblem> problems) throws IOException {
        List<SheetTable.Row> rows = new ArrayList<>();
        try (Stream<Row> stream = sheet.openStream()) {
            Iterator<Row> it = stream.iterator();
            while (it.hasNext()) {
                Row r = it.next();
                String where = sheet.getName() + " › row " + r.getRowNum();
                if (Cap.ROWS.exceededBy(r.getRowNum())) {
                    problems.add(new LoadProblem(file, where, null, Cap.ROWS.message(-1) + " in one sheet; the rest was not read"));
                    break;
                }
                if (Cap.COLUMNS.exceededBy(r.getCellCount())) {
                    problems.add(new LoadProblem(file, where, null, Cap.COLUMNS.message(r.getCellCount())));
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < r.getCellCount(); c++) {
                    String column = WorkbookParts.letters(c + 1);
                    if (!rows.isEmpty() && !rows.get(0).cell(c).isBlank()) {
                        column += " (" + rows.get(0).cell(c).strip().split("\\R", 2)[0] + ")";
                    }
                    cells.add(text(file, where, column, r.getCell(c), problems));
                }
                rows.add(new SheetTable.Row(r.getRowNum(), cells));
            }
        }
        return new SheetTable(sheet.getName(), rows);
    }

    private static String text(String file, String where, String column, Cell cell, List<LoadProblem> problems) {
        if (cell == null) {
            return "";
        }
        switch (cell.getType()) {
            case FORMULA -> {
                problems.add(new LoadProblem(file, where, column, "the cell holds a formula (=" + Item.cut(String.valueOf(cell.getFormula()))
                        + "); type the value itself (Paste Special › Values)"));
                return "";
            }
            case ERROR -> {
                problems.add(new LoadProblem(file, where, column, "the cell holds an error value (" + cell.getRawValue() + ")"));
                return "";
            }
            case NUMBER -> {
                BigDecimal d = cell.asNumber();
                return d == null ? "" : d.stripTrailingZeros().toPlainString();
            }
            case BOOLEAN -> {
                return String.valueOf(cell.asBoolean());
            }
            case EMPTY -> {
                return "";
            }
            default -> {
                String s = cell.getText();
                return s == null ? "" : s;
            }
        }
    }

    private static String dataDate(SheetTable about) {
        for (SheetTable.Row r : about.rows()) {
            if ("dataDate".equalsIgnoreCase(r.cell(0).strip())) {
                String d = r.cell(1).strip();
                return d.isEmpty() ? null : d;
            }
        }
        return null;
    }
}
