/**
 * {@link org.mountainsseas.state.AppState}, the one observable root of the UI: selection, hover,
 * language, viewport and the loaded data. Depends on javafx.base only.
 */
package org.mountainsseas.state;
