/**
 * The domain: immutable records for counties, pairings, enclaves, projects, sources, figures and the
 * Qingda Line, and {@link org.mountainsseas.model.Dataset}, which indexes them. No JavaFX here.
 */
package org.mountainsseas.model;
