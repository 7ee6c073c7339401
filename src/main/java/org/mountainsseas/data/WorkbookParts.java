package org.mountainsseas.data;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.io.InputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.mountainsseas.model.LoadProblem;

/**
 * The first look at an XLSX file, before a spreadsheet reader sees it: unpacks every part once
 * within {@link Cap#UNPACKED_SIZE} and {@link Cap#ZIP_ENTRIES} (so a zip bomb stops early), then
 * reads the workbook's sheet list and, for each sheet, what a reader of values would miss: merged
 * cells, hidden rows and hidden columns. XML is read with DTDs and external entities off.
 */
final class WorkbookParts {
    /** A sheet as the workbook lists it, and what its part holds that values alone do not show. */
    record SheetInfo(String name, boolean hidden, List<Integer> hiddenRows, List<String> hiddenColumns, List<String> merged) {
    }

    private WorkbookParts() {
    }

    static List<SheetInfo> read(String file, byte[] bytes) throws LoadException {
        Map<String, byte[]> parts = unpack(file, bytes);
        byte[] workbook = parts.get("xl/workbook.xml");
        byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
        if (workbook == null || rels == null) {
            throw JsonInput.fail(file, "this zip file is not an XLSX workbook (it has no xl/workbook.xml); save it from Excel, WPS or LibreOffice as .xlsx");
        }
        try {
            Map<String, String> targets = new HashMap<>();
            scan(rels, (name, x) -> {
                if ("Relationship".equals(name)) {
                    targets.put(x.getAttributeValue(null, "Id"), x.getAttributeValue(null, "Target"));
                }
            });
            List<SheetInfo> sheets = new ArrayList<>();
            List<String[]> listed = new ArrayList<>();
            scan(workbook, (name, x) -> {
                if ("sheet".equals(name)) {
                    listed.add(new String[] {x.getAttributeValue(null, "name"), x.getAttributeValue(null, "state"),
                            attribute(x, "id")});
                }
            });
            for (String[] s : listed) {
                byte[] part = parts.get(partName(targets.get(s[2])));
                sheets.add(sheet(s[0], s[1] != null && !"visible".equals(s[1]), part));
            }
            return sheets;
        } catch (XMLStreamException | RuntimeException e) {
            throw JsonInput.fail(file, "the workbook's structure could not be read (" + e.getMessage() + "); save it again as .xlsx");
        }
    }

    private static String attribute(XMLStreamReader x, String local) {
        for (int i = 0; i < x.getAttributeCount(); i++) {
            if (local.equals(x.getAttributeLocalName(i))) {
                return x.getAttributeValue(i);
            }
        }
        return null;
    }

    private static String partName(String target) {
        if (target == null) {
            return "";
        }
        return target.startsWith("/") ? target.substring(1) : "xl/" + target;
    }

    private static SheetInfo sheet(String name, boolean hidden, byte[] part) throws XMLStreamException {
        List<Integer> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        List<String> merged = new ArrayList<>();
        if (part != null) {
            scan(part, (element, x) -> {
                boolean isHidden = "1".equals(x.getAttributeValue(null, "hidden")) || "true".equals(x.getAttributeValue(null, "hidden"));
                if ("row".equals(element) && isHidden) {
                    rows.add(Integer.parseInt(x.getAttributeValue(null, "r")));
                } else if ("col".equals(element) && isHidden) {
                    columns.add(letters(Integer.parseInt(x.getAttributeValue(null, "min"))));
                } else if ("mergeCell".equals(element)) {
                    merged.add(x.getAttributeValue(null, "ref"));
                }
            });
        }
        return new SheetInfo(name, hidden, rows, columns, merged);
    }

    /** "A" for 1, "AB" for 28: the column as a spreadsheet names it. */
    static String letters(int column) {
        StringBuilder b = new StringBuilder();
        for (int n = column; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }

    private interface ElementHandler {
        void start(String localName, XMLStreamReader x);
    }

    private static void scan(byte[] xml, ElementHandler handler) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader x = f.createXMLStreamReader(new ByteArrayInputStream(xml));
        try {
            while (x.hasNext()) {
                if (x.next() == XMLStreamConstants.START_ELEMENT) {
                    handler.start(x.getLocalName(), x);
                }
            }
        } finally {
            x.close();
        }
    }

    /** Every part's bytes, by name; refuses a file that is not a zip or unpacks past the caps. */
    private static Map<String, byte[]> unpack(String file, byte[] bytes) throws LoadException {
        Map<String, byte[]> parts = new HashMap<>();
        long total = 0;
        try (ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get()) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipArchiveEntry e : java.util.Collections.list(zip.getEntries())) {
                Cap.ZIP_ENTRIES.check(file, null, null, parts.size() + 1L);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try (InputStream in = zip.getInputStream(e)) {
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (Cap.UNPACKED_SIZE.exceededBy(total)) {
                            throw new LoadException(new LoadProblem(file, null, null, Cap.UNPACKED_SIZE.message(-1)
                                    + " while unpacking " + Item.quote(e.getName()) + ": the file is " + bytes.length / 1024
                                    + " KB packed (a zip bomb?); nothing was read"));
                        }
                        out.write(buffer, 0, n);
                    }
                }
                parts.put(e.getName(), out.toByteArray());
            }
        } catch (IOException | RuntimeException e) {
            throw JsonInput.fail(file, "this is not an XLSX workbook, or it is damaged (" + e.getMessage()
                    + "); save it from Excel, WPS or LibreOffice as .xlsx");
        }
        if (parts.isEmpty()) {
            throw JsonInput.fail(file, "this is not an XLSX workbook (not a zip file); save it from Excel, WPS or LibreOffice as .xlsx");
        }
        return parts;
    }
}
