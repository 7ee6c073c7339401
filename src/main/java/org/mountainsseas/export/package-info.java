/**
 * Exports for slides and print: rendering a view off screen at an exact pixel size, writing PNG
 * files, and assembling a PDF deck with Apache PDFBox. Nothing here knows about tours or state.
 */
package org.mountainsseas.export;
