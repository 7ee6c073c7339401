package org.mountainsseas.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class TableExportTest {
    private static final List<List<String>> ROWS = List.of(
            List.of("山区县", "Partner", "Enclaves"),
            List.of("龙泉市", "Yueqing, \"City\"", "2"),
            List.of("=HYPERLINK(\"x\")", "-3", "line\nbreak"));

    @Test
    void csvStartsWithAByteOrderMarkAndQuotesWhatNeedsIt() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.csv(ROWS, out, Progress.NONE);
        byte[] b = out.toByteArray();
        assertEquals(0xef, b[0] & 0xff);
        assertEquals(0xbb, b[1] & 0xff);
        assertEquals(0xbf, b[2] & 0xff);
        String text = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        assertEquals("山区县,Partner,Enclaves\r\n龙泉市,\"Yueqing, \"\"City\"\"\",2\r\n"
                + "\"'=HYPERLINK(\"\"x\"\")\",-3,\"line\nbreak\"\r\n", text);
    }

    @Test
    void xlsxHoldsTheChineseTextAndNumbers() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExport.xlsx(ROWS, "Pairings 结对", out, Progress.NONE);
        String sheet = "";
        String strings = "";
        java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, out.toByteArray());
            try (ZipFile zip = new ZipFile(file.toFile())) {
                sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(), StandardCharsets.UTF_8);
                strings = new String(zip.getInputStream(zip.getEntry("xl/sharedStrings.xml")).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
        // fastexcel writes non-ASCII as XML character references: 龙泉市 = &#x9f99;&#x6cc9;&#x5e02;
        assertTrue(strings.contains("&#x9f99;&#x6cc9;&#x5e02;") && strings.contains("&#x5c71;&#x533a;&#x53bf;"), strings);
        assertTrue(strings.contains("<t xml:space=\"preserve\">=HYPERLINK"), "text stays text, never a formula");
        assertTrue(sheet.contains("<v>2</v>"), "a count is a number cell: " + sheet);
    }

    @Test
    void aCancelledExportStopsBetweenRows() {
        int[] calls = {0};
        Progress cancelAfterOne = new Progress() {
            @Override
            public void update(long done, long total) {
                calls[0]++;
            }

            @Override
            public boolean cancelled() {
                return calls[0] >= 1;
            }
        };
        assertThrows(CancellationException.class, () -> TableExport.csv(ROWS, new ByteArrayOutputStream(), cancelAfterOne));
        assertEquals(1, calls[0]);
    }

    @Test
    void formulaDefusingLeavesNumbersAlone() {
        assertEquals("-3", TableExport.safe("-3"));
        assertEquals("'+cmd", TableExport.safe("+cmd"));
        assertEquals("'@SUM(A1)", TableExport.safe("@SUM(A1)"));
        assertEquals("—", TableExport.safe("—"));
    }
}
