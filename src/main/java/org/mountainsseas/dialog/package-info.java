/**
 * The app's dialogs' common parts, named in the language the app is showing rather than the JVM's:
 * every Alert, choice and text-input dialog and every stock button is made here (ArchitectureTest checks it).
 */
package org.mountainsseas.dialog;
