/**
 * Modes: strategies over the same {@code AppState}. The lecture mode ({@code Lecture*}, {@code Tour*})
 * walks a guided tour with a presenter clicker: {@link org.mountainsseas.mode.TourState} is the tour
 * plus a current-step property, {@link org.mountainsseas.mode.LectureView} shows it.
 */
package org.mountainsseas.mode;
