package org.mountainsseas.data;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mountainsseas.model.LoadProblem;

/**
 * Reads a CSV file (RFC 4180: commas, double quotes, CRLF or LF) into a {@link SheetTable}, within
 * {@link Cap#ROWS} and {@link Cap#COLUMNS}. The encoding is decided strictly: valid UTF-8 (with or
 * without a byte-order mark) first, else GB18030 (what Excel on Chinese Windows writes for "CSV"),
 * else the file is refused; a UTF-16 file (Excel's "Unicode text") is refused with what to do.
 */
public final class CsvInput {
    /** GB18030, a superset of GBK and GB2312. */
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvInput() {
    }

    /** The text of the file and the encoding it was read in. */
    record Decoded(String text, Charset charset) {
    }

    static Decoded decode(String file, byte[] bytes) throws LoadException {
        if (bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff)) {
            throw JsonInput.fail(file, "the file is UTF-16 text (Excel's \"Unicode text\"); save it as \"CSV UTF-8\" instead");
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
        if (utf8 != null) {
            return new Decoded(utf8, StandardCharsets.UTF_8);
        }
        String gb = strict(GB18030, bytes, 0);
        if (gb != null) {
            return new Decoded(gb, GB18030);
        }
        throw JsonInput.fail(file, "the file is neither UTF-8 nor GB18030 text; save it as \"CSV UTF-8\"");
    }

    private static String strict(Charset charset, byte[] bytes, int start) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The table of a CSV file; {@code sheet} names it in messages. */
    public static SheetTable read(String file, byte[] bytes) throws LoadException {
        String text = decode(file, bytes).text();
        List<SheetTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    line += ch == '\n' ? 1 : 0;
                    cell.append(ch);
                }
            } else if (ch == '"' && cell.length() == 0) {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                Cap.COLUMNS.check(file, "row " + (rows.size() + 1), null, cells.size() + 1L);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                rows.add(new SheetTable.Row(rows.size() + 1, cells));
                Cap.ROWS.check(file, "row " + rows.size(), null, rows.size());
                cells = new ArrayList<>();
                line++;
                rowStart = line;
            } else {
                cell.append(ch);
            }
        }
        if (quoted) {
            throw new LoadException(new LoadProblem(file, "row " + (rows.size() + 1), null,
                    "a quoted cell starting on line " + rowStart + " is never closed (a \" is missing)"));
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            rows.add(new SheetTable.Row(rows.size() + 1, cells));
        }
        return new SheetTable(file, rows);
    }
}
