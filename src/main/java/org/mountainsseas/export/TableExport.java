package org.mountainsseas.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a table — the first row is the header — to CSV or XLSX. CSV is RFC 4180 with CRLF line
 * ends and a UTF-8 byte-order mark; a cell that a spreadsheet would run as a formula (starting
 * with =, +, - or @ and not a number) is prefixed with an apostrophe.
 */
public final class TableExport {
    private TableExport() {
    }

    public static void csv(List<List<String>> rows, OutputStream out, Progress progress) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write('\ufeff');
        for (int r = 0; r < rows.size(); r++) {
            progress.check();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    w.write(',');
                }
                w.write(csvCell(row.get(c)));
            }
            w.write("\r\n");
            progress.update(r + 1, rows.size());
        }
        w.flush();
    }

    static String csvCell(String raw) {
        String s = safe(raw == null ? "" : raw);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Defuses formula injection, leaving numbers such as -3 alone. */
    static String safe(String s) {
        if (s.isEmpty() || "=+-@".indexOf(s.charAt(0)) < 0 || s.matches("[-+]?\\d+(\\.\\d+)?")) {
            return s;
        }
        return "'" + s;
    }

    public static void xlsx(List<List<String>> rows, String sheetName, OutputStream out, Progress progress) throws IOException {
        Workbook wb = new Workbook(out, "Mountains & Seas", "1.0");
        Worksheet ws = wb.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int r = 0; r < rows.size(); r++) {
            progress.check();
            List<String> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                String v = row.get(c);
                if (v != null && v.matches("\\d{1,9}")) {
                    ws.value(r, c, Integer.parseInt(v));
                } else {
                    ws.value(r, c, v == null ? "" : v);
                }
            }
            progress.update(r + 1, rows.size());
        }
        if (!rows.isEmpty()) {
            ws.range(0, 0, 0, Math.max(0, rows.get(0).size() - 1)).style().bold().fillColor("E8EEF2").set();
            ws.freezePane(0, 1);
        }
        wb.finish();
    }
}
