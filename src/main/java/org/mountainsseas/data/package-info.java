/**
 * Readers and validation: GeoJSON and the app's JSON files into model records, each problem
 * reported as a {@link org.mountainsseas.model.LoadProblem} naming file, item and field. No JavaFX here.
 */
package org.mountainsseas.data;
