package org.mountainsseas.panel;

import java.util.List;

/**
 * What the review UI asks the application to do with files (the panels never touch files
 * themselves): export a table, the map or the data, import data, restore the bundled data.
 */
public interface ReviewActions {
    /** Export rows (the first is the header) to CSV or XLSX, chosen by the user; {@code name} suggests a file name. */
    void exportTable(String name, List<List<String>> rows);

    /** Export the map (selection, filters and year as shown) as a vector PDF page (A4 to A2) or a PNG at a chosen dpi. */
    void exportMap();

    /** Export counties, pairings and enclaves as GIS layers (GeoJSON files and one GeoPackage) into a chosen folder. */
    void exportGis();

    /** Export one PDF dossier page per mountain county (those selected or filtered, if any). */
    void exportAtlas();

    /** Export the pairings and enclaves as data files in the documented format, for editing and re-import. */
    void exportData();

    /** Export pairings, enclaves and projects as one workbook (XLSX) that can be edited and imported again. */
    void exportWorkbook();

    /** Pick a data file (JSON, a workbook or a CSV sheet), check it, show the report, and apply it only if the user confirms. */
    void importData();

    /** Remove the imported data and use the bundled data again. */
    void restoreBundled();
}
