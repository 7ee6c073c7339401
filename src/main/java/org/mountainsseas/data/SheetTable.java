package org.mountainsseas.data;

import java.util.List;

/**
 * A sheet (or a CSV file) as read: its name and its rows, each cell as text (a number cell as its
 * plain digits, a true/false cell as {@code true} or {@code false}, an empty cell as ""). Row
 * numbers are those a spreadsheet shows, starting at 1 with the header.
 */
public record SheetTable(String sheet, List<Row> rows) {
    /** A row of cells, numbered as the spreadsheet numbers it. */
    public record Row(int number, List<String> cells) {
        public Row {
            cells = List.copyOf(cells);
        }

        /** The cell at a column index, or "" past the row's end. */
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean blank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    public SheetTable {
        rows = List.copyOf(rows);
    }
}
