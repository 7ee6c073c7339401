/**
 * The map: a Gluon Maps {@code MapView} (offline: no tiles are fetched) with the app's canvas
 * layers for land, the Qingda Line, pairing arcs, enclaves and labels, the camera, and the legend.
 */
package org.mountainsseas.map;
