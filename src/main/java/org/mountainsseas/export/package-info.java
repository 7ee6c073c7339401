/**
 * Exports for reports, print and GIS: tables to CSV (UTF-8 with a byte-order mark, so Excel reads
 * Chinese) and XLSX; the map as a vector PDF page ({@link org.mountainsseas.export.MapSheet}, drawn
 * by {@link org.mountainsseas.export.MapPainter}) or a PNG of it; county dossiers
 * ({@link org.mountainsseas.export.Dossiers}); GIS layers as GeoJSON and a GeoPackage
 * ({@link org.mountainsseas.export.GisLayers}); and for slides, rendering a view off screen at an
 * exact pixel size and assembling a PDF deck with Apache PDFBox. Nothing here knows about tours or state.
 */
package org.mountainsseas.export;
