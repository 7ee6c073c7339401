/**
 * Lecture mode ({@code Lecture*}, {@code Tour*}): walks a guided tour with a presenter clicker.
 * {@link org.mountainsseas.mode.lecture.TourState} is the tour plus a current-step property,
 * {@link org.mountainsseas.mode.lecture.LectureView} shows it. A strategy over the same {@code AppState};
 * it never uses the kiosk mode.
 */
package org.mountainsseas.mode.lecture;
