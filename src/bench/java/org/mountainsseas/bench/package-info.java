/**
 * The performance benchmark ({@code ./mvnw -Pbench verify}): start-up, load, roam, pick, click and
 * memory, measured in fresh JVMs on a virtual screen and printed as one table. Compiled only in
 * the {@code bench} profile.
 */
package org.mountainsseas.bench;
