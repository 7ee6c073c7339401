/** Side panels, the title bar and dialogs, bound to {@link org.mountainsseas.state.AppState}; they never read files. */
package org.mountainsseas.panel;
