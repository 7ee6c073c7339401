package org.mountainsseas.model;

/** A county's time on the list of mountain (or, from 2024, island) counties. {@code until} is null while listed. */
public record Membership(String adcode, Group group, Dating from, Dating until, Text untilNote, Provenance provenance) {

    /** Which list. */
    public enum Group { MOUNTAIN, ISLAND }
}
