/** The application and composition root: command line, loading, the main window, snapshots. */
package org.mountainsseas.app;
