/**
 * The review tools' pure logic: the filter officials set, the rows of the pairing and
 * enclave/project tables (gaps included as rows), and which counties the filters leave on the map.
 * No JavaFX; {@code state.AppState} holds the filter and derives these as bindings.
 */
package org.mountainsseas.review;
