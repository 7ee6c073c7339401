/**
 * Modes: strategies over the same {@code AppState}. The lecture mode ({@code Lecture*}, {@code Tour*})
 * walks a guided tour with a presenter clicker: {@link org.mountainsseas.mode.TourState} is the tour
 * plus a current-step property, {@link org.mountainsseas.mode.LectureView} shows it.
 * Kiosk mode ({@code Kiosk*}, {@code Idle*}, {@code Attract*}) locks the window down for an
 * unattended touch screen, returns to the home view when nobody is using it, tours the map while
 * idle, and heals itself after errors.
 */
package org.mountainsseas.mode;
