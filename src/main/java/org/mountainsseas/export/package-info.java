/**
 * Exports for reports: tables to CSV (UTF-8 with a byte-order mark, so Excel reads Chinese) and
 * XLSX, and a rendered map to PNG and to a PDF page with title, legend, scale bar, north arrow,
 * date and credits (the app hands in rows and images). Also exports for slides and print: rendering a view off screen at an exact pixel size, writing PNG
 * files, and assembling a PDF deck with Apache PDFBox. Nothing here knows about tours or state.
 */
package org.mountainsseas.export;
