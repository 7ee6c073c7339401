/**
 * Kiosk mode ({@code Kiosk*}, {@code Idle*}, {@code Attract*}): locks the window down for an unattended
 * touch screen, returns to the home view when nobody is using it, tours the map while idle, and heals
 * itself after errors. A strategy over the same {@code AppState}; it never uses the lecture mode.
 */
package org.mountainsseas.mode.kiosk;
