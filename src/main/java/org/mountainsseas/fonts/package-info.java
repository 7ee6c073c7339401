/**
 * The fonts the app brings with it (Noto Sans for Latin, Droid Sans Fallback for Chinese; the files
 * and their licences are in the resources beside this package, fetched by {@code tools/fetch-fonts.sh}),
 * so the UI, map labels, snapshots and PDFs look the same on every machine. A leaf: it uses only
 * {@code javafx.scene.text}.
 */
package org.mountainsseas.fonts;
