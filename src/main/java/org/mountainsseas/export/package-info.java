/**
 * Exports for reports: tables to CSV (UTF-8 with a byte-order mark, so Excel reads Chinese) and
 * XLSX, and a rendered map to PNG and to a PDF page with title, legend, scale bar, north arrow,
 * date and credits. No JavaFX: the app hands in rows and images.
 */
package org.mountainsseas.export;
