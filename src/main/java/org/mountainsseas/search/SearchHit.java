package org.mountainsseas.search;

import org.mountainsseas.model.Text;

/**
 * One search result. {@code adcode} is the county to fly to (null for a source, or an item not on
 * the map); {@code id} is the item's own id (adcode, pairing, enclave, project, beyond-Zhejiang item,
 * corridor or source id). A beyond-Zhejiang item flies to its Zhejiang county when it has one.
 */
public record SearchHit(Kind kind, String id, Text title, Text detail, String adcode, int score) {

    /** What was found, in the order results of equal score are listed. */
    public enum Kind { COUNTY, PARTNER, ENCLAVE, PROJECT, BEYOND, CORRIDOR, SOURCE }
}
