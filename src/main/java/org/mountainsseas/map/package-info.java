/**
 * The map: a Gluon Maps {@code MapView} (offline: no tiles are fetched) with one {@code MapCanvas}
 * whose painters draw the land, borders, pairing arcs, enclaves, corridors, the Qingda Line and
 * labels from one {@code MapContext}; the camera, and the legend.
 */
package org.mountainsseas.map;
