/**
 * The year comparison for officials: the map at year A beside the map at year B (split), or one
 * map with a divider to drag (swipe), with the changes between the two years listed; composed of
 * the map's own {@code MapPane} and the panels' year controls. Built by the app, never in kiosk mode.
 */
package org.mountainsseas.mode.compare;
