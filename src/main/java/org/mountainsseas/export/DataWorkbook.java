package org.mountainsseas.export;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.mountainsseas.data.DataWriter;
import org.mountainsseas.data.SheetRows;
import org.mountainsseas.data.SheetSpec;
import org.mountainsseas.data.WorkbookInput;
import org.mountainsseas.model.County;
import org.mountainsseas.model.Dataset;

/**
 * Writes pairings, enclaves and projects as one workbook for editing in Excel, WPS or LibreOffice
 * and importing again (docs/spreadsheets.md): an about sheet with the data date, then a sheet per
 * kind and one for their figures, each with a frozen two-language header and drop-down lists
 * where a column has a fixed set of values.
 */
public final class DataWorkbook {
    /** Rows that get a drop-down list: room to add rows below the data. */
    static final int VALIDATED_ROWS = 2_000;

    private DataWorkbook() {
    }

    public static void write(Dataset d, OutputStream out, Progress progress) throws IOException {
        Workbook wb = new Workbook(out, "Mountains & Seas", "1.0");
        about(wb.newWorksheet(WorkbookInput.ABOUT + " 说明"), d.dataDate());
        var pairings = DataWriter.items(DataWriter.pairings(d.pairings(), d.dataDate()));
        var enclaves = DataWriter.items(DataWriter.enclaves(d.enclaves(), d.dataDate()));
        var projects = DataWriter.items(DataWriter.projects(d.projects(), d.dataDate()));
        java.util.function.Function<String, String> name = adcode -> {
            County c = d.county(adcode);
            return c == null ? null : c.name().zh() + " " + c.name().en();
        };
        sheet(wb, SheetSpec.PAIRINGS, SheetRows.rows(SheetSpec.PAIRINGS, pairings, name));
        progress.update(1, 4);
        sheet(wb, SheetSpec.ENCLAVES, SheetRows.rows(SheetSpec.ENCLAVES, enclaves, name));
        progress.update(2, 4);
        sheet(wb, SheetSpec.PROJECTS, SheetRows.rows(SheetSpec.PROJECTS, projects, name));
        progress.update(3, 4);
        sheet(wb, SheetSpec.FIGURES, SheetRows.figureRows(enclaves, projects));
        progress.update(4, 4);
        wb.finish();
    }

    private static void about(Worksheet ws, String dataDate) {
        List<List<String>> rows = List.of(
                List.of("format", "mountainsseas/workbook"),
                List.of("version", "1"),
                List.of("dataDate", dataDate == null ? "" : dataDate),
                List.of("说明", "编辑 pairings、enclaves、projects、figures 四张表，然后在应用中“导入数据”。表名和表头第一行（英文代码）不要改；不要合并或隐藏单元格，不要使用公式。详见 docs/spreadsheets.md。"),
                List.of("About", "Edit the sheets pairings, enclaves, projects and figures, then use Import data in the app. Keep the sheet names and the header codes; do not merge or hide cells or use formulas. See docs/spreadsheets.md."));
        for (int r = 0; r < rows.size(); r++) {
            ws.value(r, 0, rows.get(r).get(0));
            ws.value(r, 1, rows.get(r).get(1));
        }
        ws.width(0, 12);
        ws.width(1, 100);
        ws.range(0, 1, rows.size() - 1, 1).style().wrapText(true).set();
    }

    private static void sheet(Workbook wb, SheetSpec spec, List<List<Object>> rows) {
        Worksheet ws = wb.newWorksheet(spec.tab());
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                Object v = row.get(c);
                if (v instanceof Number n) {
                    ws.value(r, c, n);
                } else if (v != null && !v.toString().isEmpty()) {
                    ws.value(r, c, v.toString());
                }
            }
        }
        int last = spec.columns().size() - 1;
        ws.range(0, 0, 0, last).style().bold().wrapText(true).fillColor("E8EEF2").set();
        ws.rowHeight(0, 48);
        ws.freezePane(1, 1);
        for (int c = 0; c <= last; c++) {
            SheetSpec.Column col = spec.columns().get(c);
            ws.width(c, col.code().endsWith("_zh") || col.code().endsWith("_en") || col.code().equals("mountain_name") ? 28 : 14);
            if (!col.choices().isEmpty()) {
                ws.range(1, c, VALIDATED_ROWS, c).validateWithListByFormula("\"" + String.join(",", col.choices()) + "\"")
                        .allowBlank(true).showErrorMessage(true).errorStyle(org.dhatim.fastexcel.DataValidationErrorStyle.STOP).errorTitle(col.code())
                        .error("one of: " + String.join(", ", col.choices()));
            }
            if (col.type() == SheetSpec.Type.REFERENCE) {
                ws.range(1, c, Math.max(1, rows.size() - 1), c).style().fontColor("666666").italic().set();
            }
        }
    }
}
