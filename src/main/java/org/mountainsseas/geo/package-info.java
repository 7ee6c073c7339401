/**
 * Pure geometry on JTS: Web Mercator projection, the projected {@link org.mountainsseas.geo.Atlas}
 * with its spatial index, label points and placement, arcs, and the side of the Qingda Line. No JavaFX here.
 */
package org.mountainsseas.geo;
