/** The UI strings in Chinese and English. No JavaFX here. */
package org.mountainsseas.i18n;
