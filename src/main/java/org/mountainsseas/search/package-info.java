/**
 * Find-as-you-type over the dataset: Chinese, pinyin with or without tones, pinyin initials and
 * English, across counties, partners, enclaves, projects and sources. Pure logic, no JavaFX.
 */
package org.mountainsseas.search;
