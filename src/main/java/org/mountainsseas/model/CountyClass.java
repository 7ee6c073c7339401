package org.mountainsseas.model;

/** How a county takes part in the mountain–sea cooperation. */
public enum CountyClass {
    /** On the 2021 list of the 26 mountain counties. */
    MOUNTAIN,
    /** A developed "sea" partner of at least one mountain county. */
    PARTNER,
    /** Neither. */
    OTHER
}
