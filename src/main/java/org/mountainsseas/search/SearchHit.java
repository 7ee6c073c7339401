package org.mountainsseas.search;

import org.mountainsseas.model.Text;

/**
 * One search result. {@code adcode} is the county to fly to (null for a source, or an item not on
 * the map); {@code id} is the item's own id (adcode, pairing, enclave, project or source id).
 */
public record SearchHit(Kind kind, String id, Text title, Text detail, String adcode, int score) {

    /** What was found, in the order results of equal score are listed. */
    public enum Kind { COUNTY, PARTNER, ENCLAVE, PROJECT, SOURCE }
}
