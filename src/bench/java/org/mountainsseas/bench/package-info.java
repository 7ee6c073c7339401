/**
 * The performance benchmark ({@code ./mvnw -Pbench verify}): start-up, load, roam, pick, click,
 * memory and the rasteriser comparison, measured in fresh JVMs on a virtual screen and printed as
 * one table. Compiled only in the {@code bench} profile; its own helpers' tests are in
 * {@code src/bench/test}.
 */
package org.mountainsseas.bench;
